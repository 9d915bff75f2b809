import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import rule from '../../../rules/encryption-at-rest/kinesis-stream-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::Kinesis::Stream';

testRule(rule, [
  { name: 'KMS', resources: one(T, { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } }), expect: 'addressed' },
  { name: 'no StreamEncryption', resources: one(T, { ShardCount: 1 }), expect: 'unaddressed' },
  { name: 'NONE', resources: one(T, { StreamEncryption: { EncryptionType: 'NONE', KeyId: 'x' } }), expect: 'unaddressed' },
  { name: 'unknown type', resources: one(T, { StreamEncryption: { EncryptionType: 'AES', KeyId: 'x' } }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ StreamEncryption: { EncryptionType: u, KeyId: 'x' } })),
  imported(T, (u) => ({ StreamEncryption: u })),
  conditional(T, (v) => ({ StreamEncryption: { EncryptionType: v, KeyId: 'x' } }), 'KMS', 'NONE', 'unaddressed'),
  { name: 'Stream with a KMS key', cdk: (stack) => void new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.MANAGED }), expect: 'addressed' },
  { name: 'Stream unencrypted', cdk: (stack) => void new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED }), expect: 'unaddressed' },
]);
