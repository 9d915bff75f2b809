import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-039',
  title: 'AppSync API cache is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::AppSync::ApiCache'],
  controls: {
    controlTower: ['CT.APPSYNC.PR.5'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'The cache keeps resolver responses, often personal data, on disk; encrypting it is chosen at creation.',
    addressedBy: '`AtRestEncryptionEnabled: true`.',
    default: 'Absent means the cache is not encrypted at rest (the default is false): unaddressed.',
    fix: {
      cdk: "new appsync.CfnApiCache(this, 'Cache', { apiId, type, ttl, apiCachingBehavior, atRestEncryptionEnabled: true })",
      cloudformation: 'Set `AtRestEncryptionEnabled: true` on the AWS::AppSync::ApiCache.',
    },
  },
  check(cache) {
    return requireOn(cache.get('AtRestEncryptionEnabled'), { absent: false, on: 'the cache is encrypted at rest', off: 'the cache is not encrypted at rest' });
  },
});
