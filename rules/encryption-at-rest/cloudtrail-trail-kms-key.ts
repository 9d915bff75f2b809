import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-027',
  title: 'CloudTrail trail encrypts log files with a KMS key',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  controls: {
    configRule: 'CLOUD_TRAIL_ENCRYPTION_ENABLED',
    securityHub: ['CloudTrail.2'],
    controlTower: ['CT.CLOUDTRAIL.PR.1'],
    nist80053: [...CUSTOMER_KEY_NIST, 'AU-9'],
    cdkNag: ['NIST.800.53.R5-CloudTrailEncryptionEnabled'],
  },
  docs: {
    description: 'Trail logs record every API call in the account; SSE-KMS adds a separate key policy between a reader of the bucket and the audit trail.',
    addressedBy: '`KMSKeyId` naming a KMS key whose policy lets CloudTrail use it.',
    default: 'Absent means the log files get the bucket\'s SSE-S3 encryption only: unaddressed.',
    fix: {
      cdk: "new cloudtrail.Trail(this, 'Trail', { encryptionKey: key })",
      cloudformation: 'Set `KMSKeyId` on the AWS::CloudTrail::Trail.',
    },
  },
  check(trail) {
    return requireKey(trail.get('KMSKeyId'), { on: 'log files are encrypted with a KMS key', off: 'KMSKeyId is not set, so log files are encrypted only with S3 managed keys' });
  },
});
