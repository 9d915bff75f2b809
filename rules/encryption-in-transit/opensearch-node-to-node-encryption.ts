import { defineRule } from '../../lib/engine/rule';
import { NODE_DOCS, nodeToNodeFinding } from './opensearch-support';
import { NIST_BETWEEN_NODES } from './support';

export default defineRule({
  id: 'SRM-EIT-022',
  title: 'OpenSearch domain encrypts traffic between nodes',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
    securityHub: ['Opensearch.3'],
    controlTower: ['CT.OPENSEARCH.PR.11'],
    nist80053: NIST_BETWEEN_NODES,
    cdkNag: ['AwsSolutions-OS2', 'NIST.800.53.R5-OpenSearchNodeToNodeEncryption'],
  },
  docs: {
    ...NODE_DOCS,
    fix: {
      cdk: 'new opensearch.Domain(this, id, { version, nodeToNodeEncryption: true })',
      cloudformation: 'Set `NodeToNodeEncryptionOptions: {Enabled: true}`.',
    },
  },
  check: nodeToNodeFinding,
});
