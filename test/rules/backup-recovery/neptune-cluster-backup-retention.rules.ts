import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/backup-recovery/neptune-cluster-backup-retention';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::Neptune::DBCluster', properties) });

testRule(rule, [
  { name: '7 days', resources: cluster({ BackupRetentionPeriod: 7 }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: [{ status: 'unaddressed', message: /default of 1 day/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ BackupRetentionPeriod: ref }), expect: 'needs-review' },
  { name: 'CfnDBCluster keeping 7 days', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', { backupRetentionPeriod: 7 }), expect: 'addressed' },
  { name: 'CfnDBCluster with the defaults', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', {}), expect: 'unaddressed' },
]);
