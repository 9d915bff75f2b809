import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/patch-management/elasticache-replication-group-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const group = (properties: object) => ({ Group: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'g', Engine: 'redis', ...properties } } });

testRule(rule, [
  { name: 'absent: default on', resources: group({}), expect: 'addressed' },
  { name: 'false', resources: group({ AutoMinorVersionUpgrade: 'false' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: group({ AutoMinorVersionUpgrade: { Ref: 'P' } }), expect: 'needs-review' },
  { name: '[L1] CfnReplicationGroup false', cdk: (stack) => new elasticache.CfnReplicationGroup(stack, 'Group', { replicationGroupDescription: 'g', engine: 'redis', autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
]);
