import * as sqs from 'aws-cdk-lib/aws-sqs';
import rule from '../../../rules/encryption-at-rest/sqs-queue-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::SQS::Queue';

testRule(rule, [
  { name: 'nothing set: SSE-SQS by default', resources: one(T, {}), expect: [{ status: 'addressed', message: /SSE-SQS by default/ }] },
  { name: 'SqsManagedSseEnabled true', resources: one(T, { SqsManagedSseEnabled: true }), expect: 'addressed' },
  { name: 'KMS key', resources: one(T, { KmsMasterKeyId: 'alias/aws/sqs' }), expect: [{ status: 'addressed', message: /SSE-KMS/ }] },
  { name: 'SSE-SQS turned off without a key', resources: one(T, { SqsManagedSseEnabled: false }), expect: [{ status: 'unaddressed', message: /not encrypted/ }] },
  { name: 'SSE-SQS off but a KMS key', resources: one(T, { SqsManagedSseEnabled: false, KmsMasterKeyId: 'alias/q' }), expect: 'addressed' },
  unresolvable(T, (u) => ({ SqsManagedSseEnabled: u })),
  imported(T, (u) => ({ KmsMasterKeyId: u })),
  conditional(T, (v) => ({ KmsMasterKeyId: v }), 'alias/q', { Ref: 'AWS::NoValue' }, 'needs-review', 'key only under a condition'),
  { name: 'Queue with SQS managed encryption', cdk: (stack) => void new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.SQS_MANAGED }), expect: 'addressed' },
  { name: 'Queue with encryption UNENCRYPTED', cdk: (stack) => void new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED }), expect: 'unaddressed' },
]);
