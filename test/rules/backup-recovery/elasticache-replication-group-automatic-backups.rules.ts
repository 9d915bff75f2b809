import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/backup-recovery/elasticache-replication-group-automatic-backups';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const group = (properties: object = {}) => ({ G: resource('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'g', ...properties }) });
const l1 = (snapshotRetentionLimit?: number) => (stack: import('aws-cdk-lib').Stack) =>
  void new elasticache.CfnReplicationGroup(stack, 'G', { replicationGroupDescription: 'g', engine: 'redis', cacheNodeType: 'cache.t3.micro', snapshotRetentionLimit });

testRule(rule, [
  { name: '7 days', resources: group({ SnapshotRetentionLimit: 7 }), expect: 'addressed' },
  { name: 'absent', resources: group(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: group({ SnapshotRetentionLimit: ref }), expect: 'needs-review' },
  { name: 'CfnReplicationGroup with backups', cdk: l1(7), expect: 'addressed' },
  { name: 'CfnReplicationGroup without backups', cdk: l1(), expect: 'unaddressed' },
]);
