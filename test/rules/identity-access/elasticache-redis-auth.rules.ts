import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import rule from '../../../rules/identity-access/elasticache-redis-auth';
import { testRule } from '../../support/rule-tester';

const group = (properties: object) => ({ G: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'g', CacheNodeType: 'cache.t3.micro', NumCacheClusters: 2, AutomaticFailoverEnabled: true, Engine: 'redis', ...properties } } });
const l1 = (stack: import('aws-cdk-lib').Stack, props: Partial<elasticache.CfnReplicationGroupProps>) =>
  void new elasticache.CfnReplicationGroup(stack, 'G', { replicationGroupDescription: 'g', cacheNodeType: 'cache.t3.micro', numCacheClusters: 2, automaticFailoverEnabled: true, engine: 'redis', ...props });

testRule(rule, [
  { name: 'Redis 5 with an AUTH token from Secrets Manager', resources: group({ EngineVersion: '5.0.6', TransitEncryptionEnabled: true, AuthToken: '{{resolve:secretsmanager:redis-auth}}' }), expect: 'addressed' },
  { name: 'Redis 5 without AUTH', resources: group({ EngineVersion: '5.0.6' }), expect: [{ status: 'unaddressed', propertyPath: 'AuthToken' }] },
  { name: 'Redis 4 with a conditional AUTH token', conditions: { Prod: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] } }, resources: group({ EngineVersion: '4.0.10', AuthToken: { 'Fn::If': ['Prod', '{{resolve:secretsmanager:t}}', { Ref: 'AWS::NoValue' }] } }), expect: 'unaddressed' },
  { name: 'Redis 7 is for the RBAC rule', resources: group({ EngineVersion: '7.1' }), expect: [] },
  { name: 'absent version means the latest', resources: group({}), expect: [] },
  { name: 'Valkey', resources: group({ Engine: 'valkey', EngineVersion: '8.0' }), expect: [] },
  { name: 'version from a parameter without a default', parameters: { V: { Type: 'String' } }, resources: group({ EngineVersion: { Ref: 'V' } }), expect: [{ status: 'needs-review', propertyPath: 'EngineVersion' }] },
  { name: 'AUTH token from a NoEcho parameter without a default', parameters: { T: { Type: 'String', NoEcho: true } }, resources: group({ EngineVersion: '5.0.6', TransitEncryptionEnabled: true, AuthToken: { Ref: 'T' } }), expect: [{ status: 'needs-review', propertyPath: 'AuthToken' }] },
  {
    name: 'CfnReplicationGroup on Redis 5 with a Secrets Manager token',
    cdk: (stack) => l1(stack, { engineVersion: '5.0.6', transitEncryptionEnabled: true, authToken: new secretsmanager.Secret(stack, 'Token').secretValue.unsafeUnwrap() }),
    expect: [{ status: 'addressed', on: 'G' }],
  },
  { name: 'CfnReplicationGroup on Redis 5 with AUTH', cdk: (stack) => l1(stack, { engineVersion: '5.0.6', transitEncryptionEnabled: true, authToken: '{{resolve:secretsmanager:redis-auth}}' }), expect: 'addressed' },
  { name: 'CfnReplicationGroup on Redis 5 without AUTH', cdk: (stack) => l1(stack, { engineVersion: '5.0.6' }), expect: 'unaddressed' },
]);
