import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import rule from '../../../rules/encryption-at-rest/log-group-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::Logs::LogGroup';

testRule(rule, [
  { name: 'key ARN', resources: one(T, { KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/abc' }), expect: 'addressed' },
  { name: 'no key', resources: one(T, {}), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ KmsKeyId: u })),
  imported(T, (u) => ({ KmsKeyId: u })),
  { name: 'LogGroup with a key', cdk: (stack) => void new logs.LogGroup(stack, 'Logs', { encryptionKey: new kms.Key(stack, 'Key') }), expect: [{ status: 'addressed', on: 'Logs' }] },
  { name: 'LogGroup without a key', cdk: (stack) => void new logs.LogGroup(stack, 'Logs'), expect: 'unaddressed' },
]);
