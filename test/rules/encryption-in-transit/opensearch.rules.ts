import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import esHttps from '../../../rules/encryption-in-transit/elasticsearch-https-tls12';
import esNodes from '../../../rules/encryption-in-transit/elasticsearch-node-to-node-encryption';
import osHttps from '../../../rules/encryption-in-transit/opensearch-https-tls12';
import osNodes from '../../../rules/encryption-in-transit/opensearch-node-to-node-encryption';
import * as elasticsearch from 'aws-cdk-lib/aws-elasticsearch';
import { testRule } from '../../support/rule-tester';

const os = (extra: object) => ({ D: { Type: 'AWS::OpenSearchService::Domain', Properties: extra } });
const es = (extra: object) => ({ D: { Type: 'AWS::Elasticsearch::Domain', Properties: { ElasticsearchVersion: '7.10', ...extra } } });
const noDefault = { P: { Type: 'String' } };
const strict = { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } };

testRule(osNodes, [
  { name: 'enabled', resources: os({ NodeToNodeEncryptionOptions: { Enabled: true } }), expect: 'addressed' },
  { name: 'absent', resources: os({}), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: os({ NodeToNodeEncryptionOptions: { Enabled: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: 'Domain with nodeToNodeEncryption', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version: opensearch.EngineVersion.OPENSEARCH_2_11, nodeToNodeEncryption: true }), expect: 'addressed' },
  { name: 'Domain without', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version: opensearch.EngineVersion.OPENSEARCH_2_11 }), expect: 'unaddressed' },
]);

testRule(esNodes, [
  { name: 'enabled', resources: es({ NodeToNodeEncryptionOptions: { Enabled: 'true' } }), expect: 'addressed' },
  { name: 'disabled', resources: es({ NodeToNodeEncryptionOptions: { Enabled: false } }), expect: 'unaddressed' },
  { name: 'import', resources: es({ NodeToNodeEncryptionOptions: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: 'CfnDomain with node-to-node encryption', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', { elasticsearchVersion: '7.10', nodeToNodeEncryptionOptions: { enabled: true } }), expect: 'addressed' },
  { name: 'CfnDomain without', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', { elasticsearchVersion: '7.10' }), expect: 'unaddressed' },
]);

testRule(osHttps, [
  { name: 'HTTPS with TLS 1.2', resources: os(strict), expect: [{ status: 'addressed', key: 'https' }, { status: 'addressed', key: 'tls-policy' }] },
  { name: 'nothing set', resources: os({}), expect: [{ status: 'unaddressed', key: 'https' }, { status: 'unaddressed', key: 'tls-policy', message: /TLS 1\.0/ }] },
  { name: 'policy from a parameter without default', parameters: noDefault, resources: os({ DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: { Ref: 'P' } } }), expect: [{ status: 'addressed', key: 'https' }, { status: 'needs-review', key: 'tls-policy' }] },
  { name: 'Domain with HTTPS and TLS 1.2', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version: opensearch.EngineVersion.OPENSEARCH_2_11, enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2 }), expect: 'addressed' },
  { name: 'Domain with TLS 1.0', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version: opensearch.EngineVersion.OPENSEARCH_2_11, enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0 }), expect: [{ status: 'unaddressed', key: 'tls-policy' }] },
]);

testRule(esHttps, [
  { name: 'HTTPS with TLS 1.2', resources: es(strict), expect: 'addressed' },
  { name: 'EnforceHTTPS false', resources: es({ DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }), expect: [{ status: 'unaddressed', key: 'https' }] },
  { name: 'options from an import', resources: es({ DomainEndpointOptions: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: 'CfnDomain with HTTPS and TLS 1.2', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', { elasticsearchVersion: '7.10', domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }), expect: 'addressed' },
  { name: 'CfnDomain without', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', { elasticsearchVersion: '7.10' }), expect: 'unaddressed' },
]);
