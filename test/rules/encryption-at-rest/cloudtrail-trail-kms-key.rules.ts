import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/encryption-at-rest/cloudtrail-trail-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::CloudTrail::Trail';
const base = { S3BucketName: 'logs', IsLogging: true };

testRule(rule, [
  { name: 'KMSKeyId set', resources: one(T, { ...base, KMSKeyId: 'alias/trail' }), expect: 'addressed' },
  { name: 'no KMSKeyId', resources: one(T, base), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, KMSKeyId: u })),
  imported(T, (u) => ({ ...base, KMSKeyId: u })),
  { name: 'Trail with a key', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail', { encryptionKey: new kms.Key(stack, 'Key') }), expect: 'addressed' },
  { name: 'Trail without a key', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail'), expect: 'unaddressed' },
]);
