import { Duration } from 'aws-cdk-lib';
import rule from '../../../rules/backup-recovery/docdb-cluster-backup-retention';
import { testRule } from '../../support/rule-tester';
import { docdbCluster, ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::DocDB::DBCluster', properties) });

testRule(rule, [
  { name: '7 days', resources: cluster({ BackupRetentionPeriod: 7 }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: [{ status: 'unaddressed', message: /default of 1 day/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ BackupRetentionPeriod: ref }), expect: 'needs-review' },
  { name: 'DatabaseCluster keeping 7 days', cdk: docdbCluster({ backup: { retention: Duration.days(7) } }), expect: 'addressed' },
  { name: 'DatabaseCluster keeping 1 day', cdk: docdbCluster({ backup: { retention: Duration.days(1) } }), expect: 'unaddressed' },
]);
