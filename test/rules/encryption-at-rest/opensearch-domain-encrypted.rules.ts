import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import rule from '../../../rules/encryption-at-rest/opensearch-domain-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::OpenSearchService::Domain';
const version = opensearch.EngineVersion.OPENSEARCH_2_11;

testRule(rule, [
  { name: 'Enabled true', resources: one(T, { EncryptionAtRestOptions: { Enabled: true } }), expect: 'addressed' },
  { name: 'options absent', resources: one(T, {}), expect: 'unaddressed' },
  { name: 'Enabled false', resources: one(T, { EncryptionAtRestOptions: { Enabled: false } }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ EncryptionAtRestOptions: { Enabled: u } })),
  imported(T, (u) => ({ EncryptionAtRestOptions: u })),
  conditional(T, (v) => ({ EncryptionAtRestOptions: { Enabled: v } }), true, false, 'unaddressed'),
  { name: 'Domain with encryption at rest', cdk: (stack) => void new opensearch.Domain(stack, 'Search', { version, encryptionAtRest: { enabled: true } }), expect: 'addressed' },
  { name: 'Domain without encryption at rest', cdk: (stack) => void new opensearch.Domain(stack, 'Search', { version }), expect: 'unaddressed' },
]);
