import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/identity-access/elasticache-rbac-user-groups';
import { testRule } from '../../support/rule-tester';

const group = (properties: object) => ({ G: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'g', CacheNodeType: 'cache.t3.micro', NumCacheClusters: 2, AutomaticFailoverEnabled: true, Engine: 'redis', ...properties } } });
const userGroup = { UG: { Type: 'AWS::ElastiCache::UserGroup', Properties: { Engine: 'redis', UserGroupId: 'app', UserIds: ['default'] } } };
const l1 = (stack: import('aws-cdk-lib').Stack, props: Partial<elasticache.CfnReplicationGroupProps>) =>
  void new elasticache.CfnReplicationGroup(stack, 'G', { replicationGroupDescription: 'g', cacheNodeType: 'cache.t3.micro', numCacheClusters: 2, automaticFailoverEnabled: true, engine: 'redis', ...props });

testRule(rule, [
  { name: 'Redis 7 with a user group', resources: { ...userGroup, ...group({ EngineVersion: '7.1', TransitEncryptionEnabled: true, UserGroupIds: [{ Ref: 'UG' }] }) }, expect: [{ status: 'addressed', on: 'G' }] },
  { name: 'Redis 7 with only an AUTH token', resources: group({ EngineVersion: '7.1', TransitEncryptionEnabled: true, AuthToken: '{{resolve:secretsmanager:t}}' }), expect: [{ status: 'unaddressed', propertyPath: 'UserGroupIds' }] },
  { name: 'absent version means the latest', resources: group({}), expect: 'unaddressed' },
  { name: 'Valkey without user groups', resources: group({ Engine: 'valkey' }), expect: 'unaddressed' },
  { name: 'Redis 5 is for the AUTH rule', resources: group({ EngineVersion: '5.0.6' }), expect: [] },
  { name: 'version from a parameter without a default', parameters: { V: { Type: 'String' } }, resources: group({ EngineVersion: { Ref: 'V' } }), expect: 'needs-review' },
  { name: 'user groups from a parameter without a default', parameters: { G: { Type: 'CommaDelimitedList' } }, resources: group({ EngineVersion: '7.0', UserGroupIds: { Ref: 'G' } }), expect: 'needs-review' },
  { name: 'a user group id from a parameter without a default', parameters: { G: { Type: 'String' } }, resources: group({ EngineVersion: '7.0', UserGroupIds: [{ Ref: 'G' }] }), expect: 'needs-review' },
  {
    name: 'CfnReplicationGroup with a CfnUserGroup',
    cdk: (stack) => {
      const users = new elasticache.CfnUserGroup(stack, 'UG', { engine: 'redis', userGroupId: 'app', userIds: ['default'] });
      l1(stack, { engineVersion: '7.1', transitEncryptionEnabled: true, userGroupIds: [users.ref] });
    },
    expect: 'addressed',
  },
  { name: 'CfnReplicationGroup without RBAC', cdk: (stack) => l1(stack, { engineVersion: '7.1' }), expect: 'unaddressed' },
]);
