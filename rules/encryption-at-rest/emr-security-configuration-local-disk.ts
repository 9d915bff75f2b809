import { judge } from '../../lib/engine/findings';
import { describeValue } from '../../lib/model/values';
import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireOn } from './lib/checks';
import { AT_REST, atRestSwitch } from './lib/emr';

export default defineRule({
  id: 'SRM-EAR-042',
  title: 'EMR security configuration encrypts local disks and EBS volumes with a KMS key',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  controls: {
    controlTower: ['CT.EMR.PR.3'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'EMR nodes spill HDFS blocks and shuffle data to instance store and EBS volumes; encrypting them is part of the cluster\'s security configuration.',
    addressedBy: '`EnableAtRestEncryption: true` with `LocalDiskEncryptionConfiguration` using `EncryptionKeyProviderType: AwsKms` and `EnableEbsEncryption: true`.',
    default: 'Absent means local disks are not encrypted by the security configuration: unaddressed.',
    fix: {
      cdk: "new emr.CfnSecurityConfiguration(this, 'Security', { securityConfiguration: { EncryptionConfiguration: { EnableAtRestEncryption: true, EnableInTransitEncryption: true, AtRestEncryptionConfiguration: { LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: 'AwsKms', AwsKmsKey: key.keyArn, EnableEbsEncryption: true } } } } })",
      cloudformation: 'Add `LocalDiskEncryptionConfiguration` with `EncryptionKeyProviderType: AwsKms`, `AwsKmsKey` and `EnableEbsEncryption: true`.',
    },
  },
  check(configuration) {
    const blocked = atRestSwitch(configuration);
    if (blocked) return blocked;
    const local = `${AT_REST}.LocalDiskEncryptionConfiguration`;
    const provider = judge(configuration.get(`${local}.EncryptionKeyProviderType`), (value) => {
      if (value === 'AwsKms') return { ok: true, message: 'local disks are encrypted with a KMS key' };
      if (value === undefined) return { ok: false, message: 'no LocalDiskEncryptionConfiguration encrypts local disks' };
      if (value === 'Custom') return { ok: false, message: 'local disks are encrypted with a custom key provider, not a KMS key' };
      return { ok: 'unknown', message: `EncryptionKeyProviderType is ${describeValue(value)}, which is not AwsKms or Custom` };
    });
    if (provider.status !== 'addressed') return provider;
    return requireOn(configuration.get(`${local}.EnableEbsEncryption`), { absent: false, on: 'local disks and EBS volumes are encrypted with a KMS key', off: 'EBS volumes are not encrypted' });
  },
});
