import { defineRule } from '../../lib/engine/rule';
import { HTTPS_DOCS, httpsFindings } from './opensearch-support';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-024',
  title: 'OpenSearch domain requires HTTPS with TLS 1.2 or later',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_HTTPS_REQUIRED',
    securityHub: ['Opensearch.8'],
    controlTower: ['CT.OPENSEARCH.PR.16'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    ...HTTPS_DOCS,
    fix: {
      cdk: 'new opensearch.Domain(this, id, { version, enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2 })',
      cloudformation: 'Set `DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07}`.',
    },
  },
  check: httpsFindings,
});
