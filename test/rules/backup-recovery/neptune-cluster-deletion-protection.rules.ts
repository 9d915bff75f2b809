import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/backup-recovery/neptune-cluster-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::Neptune::DBCluster', properties) });

testRule(rule, [
  { name: 'on', resources: cluster({ DeletionProtection: true }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ DeletionProtection: ref }), expect: 'needs-review' },
  { name: 'CfnDBCluster with deletion protection', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', { deletionProtection: true }), expect: 'addressed' },
  { name: 'CfnDBCluster with the defaults', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', {}), expect: 'unaddressed' },
]);
