import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, requireTrue } from './support';

export default defineRule({
  id: 'SRM-EIT-015',
  title: 'AppSync API cache encrypts data in transit',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::AppSync::ApiCache'],
  controls: {
    configRule: 'APPSYNC_CACHE_CT_ENCRYPTION_IN_TRANSIT',
    controlTower: ['CT.APPSYNC.PR.4'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'Cached GraphQL responses travel between AppSync and its cache nodes encrypted only when the customer turns it on.',
    addressedBy: '`TransitEncryptionEnabled: true` on the `AWS::AppSync::ApiCache`.',
    default: 'Absent means off: unaddressed. The setting cannot be changed after the cache is created.',
    fix: {
      cdk: 'new appsync.CfnApiCache(this, id, { apiId, type, ttl, apiCachingBehavior, transitEncryptionEnabled: true })',
      cloudformation: 'Set `TransitEncryptionEnabled: true`.',
    },
  },
  check(cache) {
    return requireTrue(cache.get('TransitEncryptionEnabled'), {
      on: 'the cache encrypts data in transit',
      off: 'TransitEncryptionEnabled is false',
      absent: 'TransitEncryptionEnabled is not set, so the cache does not encrypt data in transit',
    });
  },
});
