import { judge } from '../../lib/engine/findings';
import { describeValue } from '../../lib/model/values';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';
import { AT_REST, atRestSwitch } from './lib/emr';

const MODES = ['SSE-S3', 'SSE-KMS', 'CSE-KMS', 'CSE-Custom'];

export default defineRule({
  id: 'SRM-EAR-040',
  title: 'EMR security configuration encrypts EMRFS data in S3',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  controls: {
    controlTower: ['CT.EMR.PR.1'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'EMR on EC2 is infrastructure: the customer configures how the cluster encrypts what it writes to S3 through EMRFS.',
    addressedBy: '`EncryptionConfiguration.EnableAtRestEncryption: true` with `AtRestEncryptionConfiguration.S3EncryptionConfiguration.EncryptionMode` (SSE-S3, SSE-KMS, CSE-KMS or CSE-Custom).',
    default: 'Absent means EMR asks for no EMRFS encryption: unaddressed.',
    fix: {
      cdk: "new emr.CfnSecurityConfiguration(this, 'Security', { securityConfiguration: { EncryptionConfiguration: { EnableAtRestEncryption: true, EnableInTransitEncryption: true, AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: 'SSE-KMS', AwsKmsKey: key.keyArn } } } } })",
      cloudformation: 'In `SecurityConfiguration`, set `EncryptionConfiguration.EnableAtRestEncryption: true` and an `S3EncryptionConfiguration`.',
    },
  },
  check(configuration) {
    return (
      atRestSwitch(configuration) ??
      judge(configuration.get(`${AT_REST}.S3EncryptionConfiguration.EncryptionMode`), (value) => {
        if (value === undefined) return { ok: false, message: 'at-rest encryption is on but no S3EncryptionConfiguration encrypts EMRFS data' };
        if (typeof value === 'string' && MODES.includes(value)) return { ok: true, message: `EMRFS data in S3 is encrypted with ${value}` };
        return { ok: 'unknown', message: `EncryptionMode is ${describeValue(value)}, which is not an EMRFS encryption mode` };
      })
    );
  },
});
