import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-017',
  title: 'ElastiCache replication group is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    configRule: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST',
    securityHub: ['ElastiCache.4'],
    controlTower: ['CT.ELASTICACHE.PR.4'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Cached data is written to disk during sync, swap and backups; encrypting it is the customer\'s choice at creation.',
    addressedBy: '`AtRestEncryptionEnabled: true` (optionally with `KmsKeyId`).',
    default: 'Absent means not encrypted at rest (the CloudFormation default is false): unaddressed.',
    fix: {
      cdk: "new elasticache.CfnReplicationGroup(this, 'Cache', { ..., atRestEncryptionEnabled: true, kmsKeyId: key.keyArn })",
      cloudformation: 'Set `AtRestEncryptionEnabled: true` on the AWS::ElastiCache::ReplicationGroup (it cannot be changed later).',
    },
  },
  check(group) {
    return requireOn(group.get('AtRestEncryptionEnabled'), { absent: false, on: 'cache data is encrypted at rest', off: 'cache data is not encrypted at rest' });
  },
});
