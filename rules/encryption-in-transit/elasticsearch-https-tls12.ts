import { defineRule } from '../../lib/engine/rule';
import { HTTPS_DOCS, httpsFindings } from './opensearch-support';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-025',
  title: 'Elasticsearch domain requires HTTPS with TLS 1.2 or later',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  controls: {
    configRule: 'ELASTICSEARCH_HTTPS_REQUIRED',
    securityHub: ['ES.8'],
    controlTower: ['CT.OPENSEARCH.PR.8'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    ...HTTPS_DOCS,
    fix: {
      cdk: 'new opensearch.Domain(this, id, { version, enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2 }) // migrate from aws-elasticsearch',
      cloudformation: 'Set `DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07}`.',
    },
  },
  check: httpsFindings,
});
