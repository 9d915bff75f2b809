import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import rule from '../../../rules/encryption-at-rest/secrets-manager-customer-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::SecretsManager::Secret';

testRule(rule, [
  { name: 'customer key', resources: one(T, { KmsKeyId: 'alias/app' }), expect: 'addressed' },
  { name: 'no key', resources: one(T, {}), expect: 'unaddressed' },
  { name: 'the AWS managed key', resources: one(T, { KmsKeyId: 'alias/aws/secretsmanager' }), expect: [{ status: 'unaddressed', message: /AWS managed key/ }] },
  unresolvable(T, (u) => ({ KmsKeyId: u })),
  imported(T, (u) => ({ KmsKeyId: u })),
  { name: 'Secret with a key', cdk: (stack) => void new secretsmanager.Secret(stack, 'Secret', { encryptionKey: new kms.Key(stack, 'Key') }), expect: 'addressed' },
  { name: 'Secret without a key', cdk: (stack) => void new secretsmanager.Secret(stack, 'Secret'), expect: 'unaddressed' },
]);
