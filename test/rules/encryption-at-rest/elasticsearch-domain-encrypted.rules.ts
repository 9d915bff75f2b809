import * as elasticsearch from 'aws-cdk-lib/aws-elasticsearch';
import rule from '../../../rules/encryption-at-rest/elasticsearch-domain-encrypted';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::Elasticsearch::Domain';

testRule(rule, [
  { name: 'Enabled true', resources: one(T, { EncryptionAtRestOptions: { Enabled: true } }), expect: 'addressed' },
  { name: 'options absent', resources: one(T, {}), expect: 'unaddressed' },
  { name: 'Enabled is not a boolean', resources: one(T, { EncryptionAtRestOptions: { Enabled: 'on' } }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ EncryptionAtRestOptions: { Enabled: u } })),
  imported(T, (u) => ({ EncryptionAtRestOptions: { Enabled: u } })),
  { name: 'L1 CfnDomain encrypted', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'Search', { encryptionAtRestOptions: { enabled: true } }), expect: 'addressed' },
  { name: 'L1 CfnDomain not encrypted', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'Search', {}), expect: 'unaddressed' },
]);
