import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-008',
  title: 'KMS symmetric keys rotate their key material',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::KMS::Key'],
  controls: {
    configRule: 'CMK_BACKING_KEY_ROTATION_ENABLED',
    securityHub: ['KMS.4'],
    controlTower: ['CT.KMS.PR.1'],
    nist80053: ['SC-12', 'SC-12(2)', 'SC-28(3)'],
    cdkNag: ['AwsSolutions-KMS5', 'NIST.800.53.R5-KMSBackingKeyRotationEnabled'],
  },
  docs: {
    description: 'AWS protects the key material; deciding to rotate it, which limits how much data one key version protects, is the customer\'s.',
    addressedBy: '`EnableKeyRotation: true` on symmetric encryption keys (optionally `RotationPeriodInDays`).',
    default: 'Absent means rotation off. Asymmetric, HMAC and imported-material (`Origin: EXTERNAL`) or custom key store keys cannot rotate automatically and are not checked.',
    fix: {
      cdk: "new kms.Key(this, 'Key', { enableKeyRotation: true })",
      cloudformation: 'Set `EnableKeyRotation: true` on the AWS::KMS::Key.',
    },
  },
  check(key) {
    const spec = key.get('KeySpec').value;
    const origin = key.get('Origin').value;
    if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT' && typeof spec === 'string') return undefined;
    if (origin !== undefined && origin !== 'AWS_KMS' && typeof origin === 'string') return undefined;
    return requireBoolean(key.get('EnableKeyRotation'), { whenAbsent: false, on: 'automatic key rotation is on', off: 'automatic key rotation is off' });
  },
});
