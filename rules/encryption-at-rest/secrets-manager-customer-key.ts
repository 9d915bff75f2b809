import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-034',
  title: 'Secrets Manager secret is encrypted with a customer managed KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  controls: {
    configRule: 'SECRETSMANAGER_USING_CMK',
    nist80053: CUSTOMER_KEY_NIST,
    cdkNag: ['NIST.800.53.R5-SecretsManagerUsingKMSKey'],
  },
  docs: {
    description: 'Secrets Manager always encrypts secrets; a customer managed key adds a key policy the customer writes, needed to share a secret across accounts and to revoke access independently of IAM.',
    addressedBy: '`KmsKeyId` naming a customer managed KMS key (not `alias/aws/secretsmanager`).',
    default: 'Absent means the AWS managed key `aws/secretsmanager`: encrypted, but not under a key policy the customer controls, so unaddressed at low severity.',
    fix: {
      cdk: "new secretsmanager.Secret(this, 'Secret', { encryptionKey: key })",
      cloudformation: 'Set `KmsKeyId` (a customer managed key ARN or alias) on the AWS::SecretsManager::Secret.',
    },
  },
  check(secret) {
    return requireKey(secret.get('KmsKeyId'), {
      on: 'the secret is encrypted with a customer managed key',
      off: 'KmsKeyId is not set, so the secret is encrypted with the AWS managed key aws/secretsmanager',
      customerManaged: true,
    });
  },
});
