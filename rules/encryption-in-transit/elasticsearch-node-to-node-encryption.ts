import { defineRule } from '../../lib/engine/rule';
import { NODE_DOCS, nodeToNodeFinding } from './opensearch-support';
import { NIST_BETWEEN_NODES } from './support';

export default defineRule({
  id: 'SRM-EIT-023',
  title: 'Elasticsearch domain encrypts traffic between nodes',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  controls: {
    configRule: 'ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
    securityHub: ['ES.3'],
    controlTower: ['CT.OPENSEARCH.PR.3'],
    nist80053: NIST_BETWEEN_NODES,
    cdkNag: ['AwsSolutions-OS2', 'NIST.800.53.R5-OpenSearchNodeToNodeEncryption'],
  },
  docs: {
    ...NODE_DOCS,
    fix: {
      cdk: 'new opensearch.Domain(this, id, { version, nodeToNodeEncryption: true }) // migrate from aws-elasticsearch',
      cloudformation: 'Set `NodeToNodeEncryptionOptions: {Enabled: true}`.',
    },
  },
  check: nodeToNodeFinding,
});
