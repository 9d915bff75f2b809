import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { authGeneration, presence } from './lib/redis-auth';

export default defineRule({
  id: 'SRM-IAM-032',
  title: 'ElastiCache replication groups on Redis OSS before 6.0 use Redis AUTH',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    configRule: 'ELASTICACHE_REPL_GRP_REDIS_AUTH_ENABLED',
    securityHub: ['ElastiCache.6'],
    controlTower: ['CT.ELASTICACHE.PR.7'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
    cdkNag: ['AwsSolutions-AEC6'],
  },
  docs: {
    description: 'Without AUTH any client that reaches the port can read and change every key. Redis OSS before 6.0 has no users, so an AUTH token is the only way to require a password.',
    addressedBy: '`AuthToken` (16-128 printable characters, from Secrets Manager or a NoEcho parameter) on a Redis OSS 3.x-5.x replication group; AUTH also needs `TransitEncryptionEnabled: true`.',
    default: 'Without `AuthToken` clients connect without a password: unaddressed. Groups on Redis OSS 6.0+ or Valkey (including an absent `EngineVersion`, which creates the latest version) are checked by the RBAC rule SRM-IAM-033 instead.',
    fix: {
      cdk: "new elasticache.CfnReplicationGroup(this, id, { engineVersion: '5.0.6', transitEncryptionEnabled: true, authToken: SecretValue.secretsManager('redis-auth').unsafeUnwrap(), ... })",
      cloudformation: "Set `TransitEncryptionEnabled: true` and `AuthToken: '{{resolve:secretsmanager:redis-auth}}'` (or upgrade to Redis OSS 6+ and use `UserGroupIds`).",
    },
  },
  check(group) {
    const token = presence(group, 'AuthToken');
    if (token === 'set') return addressed('Redis AUTH is on: clients must present the AUTH token', { propertyPath: 'AuthToken', evidence: { description: 'AuthToken is set', propertyPath: 'AuthToken' } });
    const generation = authGeneration(group);
    if (generation.kind === 'rbac') return undefined;
    if (token === 'unknown') return needsReview('AuthToken cannot be resolved, so whether Redis AUTH is on cannot be told', { propertyPath: 'AuthToken' });
    if (generation.kind === 'unknown') {
      if (presence(group, 'UserGroupIds') === 'set') return undefined;
      return needsReview(`the Redis version cannot be told (${generation.why}), and no AuthToken is set: earlier versions need Redis AUTH`, { propertyPath: 'EngineVersion' });
    }
    const when = token === 'sometimes' ? ' under some conditions' : '';
    return unaddressed(`${generation.why} has no AuthToken${when}, so any client that reaches the port can run every command`, { propertyPath: 'AuthToken' });
  },
});
