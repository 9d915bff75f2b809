import * as athena from 'aws-cdk-lib/aws-athena';
import rule from '../../../rules/encryption-at-rest/athena-workgroup-results-encrypted';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::Athena::WorkGroup';
const wg = (option: unknown, extra: object = {}) => one(T, { Name: 'w', WorkGroupConfiguration: { ...extra, ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: option } } } });

testRule(rule, [
  { name: 'SSE_S3', resources: wg('SSE_S3'), expect: 'addressed' },
  { name: 'no encryption', resources: one(T, { Name: 'w' }), expect: 'unaddressed' },
  { name: 'clients may override', resources: wg('SSE_KMS', { EnforceWorkGroupConfiguration: false }), expect: [{ status: 'unaddressed', message: /override/ }] },
  { name: 'unknown option', resources: wg('ROT13'), expect: 'needs-review' },
  unresolvable(T, (u) => ({ Name: 'w', WorkGroupConfiguration: { ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: u } } } })),
  imported(T, (u) => ({ Name: 'w', WorkGroupConfiguration: { EnforceWorkGroupConfiguration: u, ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } } } })),
  { name: 'L1 encrypted', cdk: (stack) => void new athena.CfnWorkGroup(stack, 'Queries', { name: 'w', workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_S3' } } } }), expect: 'addressed' },
  { name: 'L1 without encryption', cdk: (stack) => void new athena.CfnWorkGroup(stack, 'Queries', { name: 'w' }), expect: 'unaddressed' },
]);
