import rule from '../../../rules/backup-recovery/docdb-cluster-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { docdbCluster, ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::DocDB::DBCluster', properties) });

testRule(rule, [
  { name: 'on', resources: cluster({ DeletionProtection: true }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ DeletionProtection: ref }), expect: 'needs-review' },
  { name: 'DatabaseCluster with deletion protection', cdk: docdbCluster({ deletionProtection: true }), expect: 'addressed' },
  { name: 'DatabaseCluster with the defaults', cdk: docdbCluster(), expect: 'unaddressed' },
]);
