import * as athena from 'aws-cdk-lib/aws-athena';
import rule from '../../../rules/encryption-at-rest/athena-workgroup-results-kms';
import { testRule } from '../../support/rule-tester';
import { one, unresolvable } from './cases';

const T = 'AWS::Athena::WorkGroup';
const wg = (encryption: object) => one(T, { Name: 'w', WorkGroupConfiguration: { ResultConfiguration: { EncryptionConfiguration: encryption } } });

testRule(rule, [
  { name: 'SSE_KMS with a key', resources: wg({ EncryptionOption: 'SSE_KMS', KmsKey: 'alias/athena' }), expect: 'addressed' },
  { name: 'SSE_S3', resources: wg({ EncryptionOption: 'SSE_S3' }), expect: [{ status: 'unaddressed', message: /not a KMS key/ }] },
  { name: 'SSE_KMS without a key', resources: wg({ EncryptionOption: 'SSE_KMS' }), expect: 'unaddressed' },
  { name: 'no encryption', resources: one(T, { Name: 'w' }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ Name: 'w', WorkGroupConfiguration: { ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'CSE_KMS', KmsKey: u } } } })),
  { name: 'L1 with KMS', cdk: (stack) => void new athena.CfnWorkGroup(stack, 'Queries', { name: 'w', workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: 'alias/athena' } } } }), expect: 'addressed' },
  { name: 'L1 with SSE_S3', cdk: (stack) => void new athena.CfnWorkGroup(stack, 'Queries', { name: 'w', workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_S3' } } } }), expect: 'unaddressed' },
]);
