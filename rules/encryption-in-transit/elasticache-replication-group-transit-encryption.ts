import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, requireTrue } from './support';

export default defineRule({
  id: 'SRM-EIT-018',
  title: 'ElastiCache replication group encrypts data in transit',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    configRule: 'ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT',
    securityHub: ['ElastiCache.5'],
    controlTower: ['CT.ELASTICACHE.PR.5'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'Redis/Valkey clients and replicas talk to the nodes in plain text unless transit encryption is on.',
    addressedBy: '`TransitEncryptionEnabled: true`, with `TransitEncryptionMode` absent or `required`.',
    default: 'Absent `TransitEncryptionEnabled` means false: unaddressed. `TransitEncryptionMode: preferred` still accepts unencrypted clients: unaddressed.',
    fix: {
      cdk: 'new elasticache.CfnReplicationGroup(this, id, { ..., transitEncryptionEnabled: true, transitEncryptionMode: "required" })',
      cloudformation: 'Set `TransitEncryptionEnabled: true` (and `TransitEncryptionMode: required` if set).',
    },
  },
  check(group) {
    const enabled = requireTrue(group.get('TransitEncryptionEnabled'), {
      on: 'transit encryption is on',
      off: 'TransitEncryptionEnabled is false',
      absent: 'TransitEncryptionEnabled is not set, so connections are not encrypted',
    });
    if (enabled.status !== 'addressed') return enabled;
    const mode = judge(group.get('TransitEncryptionMode'), (value) => {
      if (value === undefined || (typeof value === 'string' && value.toLowerCase() === 'required')) return { ok: true, message: 'transit encryption is on and required' };
      if (typeof value === 'string' && value.toLowerCase() === 'preferred') return { ok: false, message: 'TransitEncryptionMode is preferred, so unencrypted connections are still accepted' };
      return { review: 'TransitEncryptionMode is not a known value' };
    });
    return mode;
  },
});
