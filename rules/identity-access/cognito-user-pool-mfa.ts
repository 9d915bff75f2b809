import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-042',
  title: 'Cognito user pools require multi-factor authentication',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::Cognito::UserPool'],
  controls: {
    configRule: 'COGNITO_USER_POOL_MFA_ENABLED',
    nist80053: ['IA-2(1)', 'IA-2(2)'],
    cdkNag: ['AwsSolutions-COG2'],
  },
  docs: {
    description: 'A password alone is one phishing page or credential-stuffing list away from an account takeover; a second factor stops most of those.',
    addressedBy: '`MfaConfiguration: ON` with `EnabledMfas` (software tokens, SMS or email).',
    default: 'Absent means `OFF`: unaddressed. `OPTIONAL` lets each user skip MFA and is unaddressed too; acknowledge it where a pool must allow that.',
    fix: {
      cdk: 'new cognito.UserPool(this, id, { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { otp: true, sms: false } })',
      cloudformation: 'Set `MfaConfiguration: "ON"` and `EnabledMfas: [SOFTWARE_TOKEN_MFA]` on the AWS::Cognito::UserPool.',
    },
  },
  check(pool) {
    return requireString(pool.get('MfaConfiguration'), { ok: false, message: 'MfaConfiguration is not set, so MFA is off' }, (value) =>
      value === 'ON' ? { ok: true, message: 'every user must sign in with a second factor' } : { ok: false, message: `MfaConfiguration is ${value}: users can sign in with a password alone` },
    );
  },
});
