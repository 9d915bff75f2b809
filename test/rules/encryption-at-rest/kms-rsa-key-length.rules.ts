import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/encryption-at-rest/kms-rsa-key-length';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::KMS::Key';

testRule(rule, [
  { name: 'RSA_4096 for encryption', resources: one(T, { KeySpec: 'RSA_4096', KeyUsage: 'ENCRYPT_DECRYPT' }), expect: 'addressed' },
  { name: 'RSA_2048 for encryption (default usage)', resources: one(T, { KeySpec: 'RSA_2048' }), expect: [{ status: 'unaddressed', message: /2048/ }] },
  { name: 'RSA_2048 for signing is not judged', resources: one(T, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }), expect: [] },
  { name: 'symmetric key is not judged', resources: one(T, {}), expect: [] },
  { name: 'KeySpec from a parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: one(T, { KeySpec: { Ref: 'Unknown' } }), expect: 'needs-review' },
  { name: 'KeyUsage imported for an RSA_2048 key', resources: one(T, { KeySpec: 'RSA_2048', KeyUsage: { 'Fn::ImportValue': 'U' } }), expect: 'needs-review' },
  { name: 'Key RSA_4096', cdk: (stack) => void new kms.Key(stack, 'Key', { keySpec: kms.KeySpec.RSA_4096, keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT }), expect: 'addressed' },
  { name: 'Key RSA_2048', cdk: (stack) => void new kms.Key(stack, 'Key', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT }), expect: 'unaddressed' },
]);
