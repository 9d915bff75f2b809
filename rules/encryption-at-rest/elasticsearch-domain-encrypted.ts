import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';
import { domainEncryption } from './lib/search-domain';

export default defineRule({
  id: 'SRM-EAR-019',
  title: 'Elasticsearch domain is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  controls: {
    configRule: 'ELASTICSEARCH_ENCRYPTED_AT_REST',
    securityHub: ['ES.1'],
    controlTower: ['CT.OPENSEARCH.PR.1'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-OS8', 'NIST.800.53.R5-OpenSearchEncryptedAtRest'],
  },
  docs: {
    description: 'AWS runs the search cluster; encrypting its indices, logs and swap files is the customer\'s choice.',
    addressedBy: '`EncryptionAtRestOptions.Enabled: true` (optionally with `KmsKeyId`).',
    default: 'Absent means not encrypted at rest: unaddressed.',
    fix: {
      cdk: "new elasticsearch.CfnDomain(this, 'Search', { ..., encryptionAtRestOptions: { enabled: true } })",
      cloudformation: 'Set `EncryptionAtRestOptions: { Enabled: true }` on the AWS::Elasticsearch::Domain.',
    },
  },
  check: domainEncryption,
});
