import { judge } from '../../lib/engine/findings';
import { describeValue } from '../../lib/model/values';
import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST } from './lib/checks';
import { AT_REST, atRestSwitch } from './lib/emr';

export default defineRule({
  id: 'SRM-EAR-041',
  title: 'EMR security configuration encrypts EMRFS data in S3 with a KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  controls: {
    controlTower: ['CT.EMR.PR.2'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'With a KMS key every use is logged and access to the cluster\'s S3 data can be revoked through the key policy.',
    addressedBy: '`EnableAtRestEncryption: true` with `S3EncryptionConfiguration.EncryptionMode` SSE-KMS or CSE-KMS.',
    default: 'Absent means no EMRFS encryption: unaddressed. SSE-S3 and CSE-Custom encrypt without a KMS key: unaddressed at low severity.',
    fix: {
      cdk: "new emr.CfnSecurityConfiguration(this, 'Security', { securityConfiguration: { EncryptionConfiguration: { EnableAtRestEncryption: true, EnableInTransitEncryption: true, AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: 'SSE-KMS', AwsKmsKey: key.keyArn } } } } })",
      cloudformation: 'Set `S3EncryptionConfiguration.EncryptionMode: SSE-KMS` (or CSE-KMS) with `AwsKmsKey`.',
    },
  },
  check(configuration) {
    return (
      atRestSwitch(configuration) ??
      judge(configuration.get(`${AT_REST}.S3EncryptionConfiguration.EncryptionMode`), (value) => {
        if (value === 'SSE-KMS' || value === 'CSE-KMS') return { ok: true, message: `EMRFS data in S3 is encrypted with a KMS key (${value})` };
        if (value === undefined) return { ok: false, message: 'no S3EncryptionConfiguration encrypts EMRFS data' };
        if (value === 'SSE-S3' || value === 'CSE-Custom') return { ok: false, message: `EMRFS data is encrypted with ${value}, not a KMS key` };
        return { ok: 'unknown', message: `EncryptionMode is ${describeValue(value)}, which is not an EMRFS encryption mode` };
      })
    );
  },
});
