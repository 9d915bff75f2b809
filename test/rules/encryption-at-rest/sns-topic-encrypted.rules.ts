import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import rule from '../../../rules/encryption-at-rest/sns-topic-encrypted';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::SNS::Topic';

testRule(rule, [
  { name: 'AWS managed key', resources: one(T, { KmsMasterKeyId: 'alias/aws/sns' }), expect: 'addressed' },
  { name: 'key of the template', resources: { Key: { Type: 'AWS::KMS::Key', Properties: {} }, ...one(T, { KmsMasterKeyId: { Ref: 'Key' } }) }, expect: [{ status: 'addressed', on: 'R', message: /Ref Key/ }] },
  { name: 'no key', resources: one(T, {}), expect: [{ status: 'unaddressed', message: /without server-side encryption/ }] },
  { name: 'empty key', resources: one(T, { KmsMasterKeyId: '' }), expect: 'unaddressed' },
  { name: 'key is a number', resources: one(T, { KmsMasterKeyId: 42 }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ KmsMasterKeyId: u })),
  imported(T, (u) => ({ KmsMasterKeyId: u })),
  { name: 'Topic with a master key', cdk: (stack) => void new sns.Topic(stack, 'Topic', { masterKey: new kms.Key(stack, 'Key') }), expect: 'addressed' },
  { name: 'Topic without a key', cdk: (stack) => void new sns.Topic(stack, 'Topic'), expect: 'unaddressed' },
]);
