import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import rule from '../../../rules/encryption-at-rest/cloudtrail-event-data-store-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::CloudTrail::EventDataStore';

testRule(rule, [
  { name: 'customer key', resources: one(T, { KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), expect: 'addressed' },
  { name: 'no key', resources: one(T, {}), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ KmsKeyId: u })),
  imported(T, (u) => ({ KmsKeyId: u })),
  { name: 'L1 with a key', cdk: (stack) => void new cloudtrail.CfnEventDataStore(stack, 'Lake', { kmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), expect: 'addressed' },
  { name: 'L1 without a key', cdk: (stack) => void new cloudtrail.CfnEventDataStore(stack, 'Lake', {}), expect: 'unaddressed' },
]);
