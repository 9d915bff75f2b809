import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';
import { domainEncryption } from './lib/search-domain';

export default defineRule({
  id: 'SRM-EAR-018',
  title: 'OpenSearch Service domain is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_ENCRYPTED_AT_REST',
    securityHub: ['Opensearch.1'],
    controlTower: ['CT.OPENSEARCH.PR.9'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-OS8', 'NIST.800.53.R5-OpenSearchEncryptedAtRest'],
  },
  docs: {
    description: 'AWS runs the search cluster; encrypting its indices, logs and swap files is the customer\'s choice.',
    addressedBy: '`EncryptionAtRestOptions.Enabled: true` (optionally with `KmsKeyId`).',
    default: 'Absent means not encrypted at rest: unaddressed.',
    fix: {
      cdk: "new opensearch.Domain(this, 'Search', { version, encryptionAtRest: { enabled: true, kmsKey: key } })",
      cloudformation: 'Set `EncryptionAtRestOptions: { Enabled: true }` on the AWS::OpenSearchService::Domain.',
    },
  },
  check: domainEncryption,
});
