/** EMR security configuration documents for the three EMR rules. */
export const emrConfig = (atRest: object | undefined, enabled: unknown = true) => ({
  EncryptionConfiguration: { EnableInTransitEncryption: false, EnableAtRestEncryption: enabled, ...(atRest ? { AtRestEncryptionConfiguration: atRest } : {}) },
});
export const s3Mode = (mode: unknown) => ({ S3EncryptionConfiguration: { EncryptionMode: mode, AwsKmsKey: 'arn:aws:kms:eu-west-1:1:key/k' } });
export const localDisk = (provider: unknown, ebs: unknown = true) => ({ LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: provider, AwsKmsKey: 'arn:aws:kms:eu-west-1:1:key/k', EnableEbsEncryption: ebs } });
