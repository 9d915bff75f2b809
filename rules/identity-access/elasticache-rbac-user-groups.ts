import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';
import { authGeneration, presence } from './lib/redis-auth';

export default defineRule({
  id: 'SRM-IAM-033',
  title: 'ElastiCache replication groups on Redis OSS 6.0+ or Valkey use RBAC user groups',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    controlTower: ['CT.ELASTICACHE.PR.8'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  docs: {
    description: 'Role-based access control gives each client its own user, password or IAM identity and command/key permissions; a single AUTH token gives every holder full access.',
    addressedBy: '`UserGroupIds` naming at least one AWS::ElastiCache::UserGroup on a Redis OSS 6.0+ or Valkey replication group.',
    default: 'Without `UserGroupIds` the group has no RBAC (at most one shared AUTH token): unaddressed. An absent `EngineVersion` creates the latest Redis OSS version, so the rule applies. Groups on earlier Redis OSS versions are checked by SRM-IAM-032.',
    fix: {
      cdk: "new elasticache.CfnReplicationGroup(this, id, { transitEncryptionEnabled: true, userGroupIds: [userGroup.ref], ... })",
      cloudformation: 'Create AWS::ElastiCache::User and AWS::ElastiCache::UserGroup resources and set `UserGroupIds: [!Ref UserGroup]` (with `TransitEncryptionEnabled: true`).',
    },
  },
  check(group) {
    const generation = authGeneration(group);
    if (generation.kind === 'auth') return undefined;
    const groups = group.get('UserGroupIds');
    const state = presence(group, 'UserGroupIds');
    if (state === 'set') return addressed(`RBAC is on: user groups ${describeValue(groups.value)}`, { propertyPath: groups.path, evidence: { description: `UserGroupIds = ${describeValue(groups.value)}`, propertyPath: groups.path } });
    if (state === 'unknown') return needsReview(`UserGroupIds cannot be resolved: ${describeValue(groups.value)}`, { propertyPath: groups.path });
    if (generation.kind === 'unknown') return needsReview(`the Redis version cannot be told (${generation.why}), and no UserGroupIds are set: Redis OSS 6.0+ and Valkey should use RBAC`, { propertyPath: 'UserGroupIds' });
    const when = state === 'sometimes' ? ' under some conditions' : '';
    return unaddressed(`${generation.why} has no RBAC user group${when}: clients share one AUTH token or need no password at all`, { propertyPath: 'UserGroupIds' });
  },
});
