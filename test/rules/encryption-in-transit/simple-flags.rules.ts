import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as dax from 'aws-cdk-lib/aws-dax';
import * as dms from 'aws-cdk-lib/aws-dms';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as emr from 'aws-cdk-lib/aws-emr';
import * as msk from 'aws-cdk-lib/aws-msk';
import apigatewayDomainTls from '../../../rules/encryption-in-transit/apigateway-domain-tls';
import appsyncCache from '../../../rules/encryption-in-transit/appsync-cache-transit-encryption';
import daxTls from '../../../rules/encryption-in-transit/dax-cluster-tls';
import dmsSsl from '../../../rules/encryption-in-transit/dms-endpoint-ssl';
import elasticacheTransit from '../../../rules/encryption-in-transit/elasticache-replication-group-transit-encryption';
import emrTransit from '../../../rules/encryption-in-transit/emr-security-configuration-transit';
import mskClientBroker from '../../../rules/encryption-in-transit/msk-client-broker-tls';
import mskInCluster from '../../../rules/encryption-in-transit/msk-in-cluster-tls';
import { testRule } from '../../support/rule-tester';

const one = (type: string, properties: object) => ({ R: { Type: type, Properties: properties } });
const noDefault = { P: { Type: 'String' } };
const ACM = 'arn:aws:acm:eu-west-1:123456789012:certificate/abc';

testRule(apigatewayDomainTls, [
  { name: 'TLS_1_2', resources: one('AWS::ApiGateway::DomainName', { DomainName: 'api.example.com', SecurityPolicy: 'TLS_1_2' }), expect: 'addressed' },
  { name: 'absent: TLS_1_2 by default', resources: one('AWS::ApiGateway::DomainName', { DomainName: 'api.example.com' }), expect: [{ status: 'addressed', message: /uses TLS_1_2/ }] },
  { name: 'TLS_1_0', resources: one('AWS::ApiGateway::DomainName', { DomainName: 'api.example.com', SecurityPolicy: 'TLS_1_0' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: one('AWS::ApiGateway::DomainName', { SecurityPolicy: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CDK DomainName with TLS_1_0', cdk: (stack) => void new apigateway.DomainName(stack, 'D', { domainName: 'api.example.com', certificate: acm.Certificate.fromCertificateArn(stack, 'C', ACM), securityPolicy: apigateway.SecurityPolicy.TLS_1_0 }), expect: 'unaddressed' },
  { name: 'CDK DomainName with TLS_1_2', cdk: (stack) => void new apigateway.DomainName(stack, 'D', { domainName: 'api.example.com', certificate: acm.Certificate.fromCertificateArn(stack, 'C', ACM), securityPolicy: apigateway.SecurityPolicy.TLS_1_2 }), expect: 'addressed' },
]);

const cache = (extra: object) => one('AWS::AppSync::ApiCache', { ApiId: 'a', Type: 'SMALL', Ttl: 60, ApiCachingBehavior: 'FULL_REQUEST_CACHING', ...extra });
testRule(appsyncCache, [
  { name: 'enabled', resources: cache({ TransitEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'absent', resources: cache({}), expect: [{ status: 'unaddressed', message: /not set/ }] },
  { name: 'not a boolean', resources: cache({ TransitEncryptionEnabled: 'yes' }), expect: [{ status: 'needs-review', message: /not a boolean/ }] },
  { name: 'parameter without default', parameters: noDefault, resources: cache({ TransitEncryptionEnabled: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnApiCache with transit encryption', cdk: (stack) => void new appsync.CfnApiCache(stack, 'C', { apiId: 'a', type: 'SMALL', ttl: 60, apiCachingBehavior: 'FULL_REQUEST_CACHING', transitEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'CfnApiCache without', cdk: (stack) => void new appsync.CfnApiCache(stack, 'C', { apiId: 'a', type: 'SMALL', ttl: 60, apiCachingBehavior: 'FULL_REQUEST_CACHING' }), expect: 'unaddressed' },
]);

const daxCluster = (extra: object) => one('AWS::DAX::Cluster', { IAMRoleARN: 'arn:aws:iam::123456789012:role/dax', NodeType: 'dax.t3.small', ReplicationFactor: 3, ...extra });
testRule(daxTls, [
  { name: 'TLS', resources: daxCluster({ ClusterEndpointEncryptionType: 'TLS' }), expect: 'addressed' },
  { name: 'absent (NONE)', resources: daxCluster({}), expect: [{ status: 'unaddressed', message: /NONE/ }] },
  { name: 'import', resources: daxCluster({ ClusterEndpointEncryptionType: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: 'CfnCluster with TLS', cdk: (stack) => void new dax.CfnCluster(stack, 'C', { iamRoleArn: 'arn:aws:iam::123456789012:role/dax', nodeType: 'dax.t3.small', replicationFactor: 3, clusterEndpointEncryptionType: 'TLS' }), expect: 'addressed' },
  { name: 'CfnCluster without', cdk: (stack) => void new dax.CfnCluster(stack, 'C', { iamRoleArn: 'arn:aws:iam::123456789012:role/dax', nodeType: 'dax.t3.small', replicationFactor: 3 }), expect: 'unaddressed' },
]);

const endpoint = (extra: object) => one('AWS::DMS::Endpoint', { EndpointType: 'source', EngineName: 'postgres', ...extra });
testRule(dmsSsl, [
  { name: 'verify-full', resources: endpoint({ SslMode: 'verify-full' }), expect: 'addressed' },
  { name: 'absent (none)', resources: endpoint({}), expect: 'unaddressed' },
  { name: 'none', resources: endpoint({ SslMode: 'none' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: endpoint({ SslMode: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'S3 endpoint: out of scope', resources: endpoint({ EngineName: 's3' }), expect: [] },
  { name: 'CfnEndpoint with require', cdk: (stack) => void new dms.CfnEndpoint(stack, 'E', { endpointType: 'target', engineName: 'mysql', sslMode: 'require' }), expect: 'addressed' },
  { name: 'CfnEndpoint without SSL', cdk: (stack) => void new dms.CfnEndpoint(stack, 'E', { endpointType: 'target', engineName: 'mysql' }), expect: 'unaddressed' },
]);

const group = (extra: object) => one('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'r', Engine: 'redis', CacheNodeType: 'cache.t3.micro', ...extra });
testRule(elasticacheTransit, [
  { name: 'enabled', resources: group({ TransitEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'enabled but preferred mode', resources: group({ TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }), expect: [{ status: 'unaddressed', message: /preferred/ }] },
  { name: 'absent', resources: group({}), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: group({ TransitEncryptionEnabled: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnReplicationGroup with transit encryption', cdk: (stack) => void new elasticache.CfnReplicationGroup(stack, 'G', { replicationGroupDescription: 'r', engine: 'redis', cacheNodeType: 'cache.t3.micro', transitEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'CfnReplicationGroup without', cdk: (stack) => void new elasticache.CfnReplicationGroup(stack, 'G', { replicationGroupDescription: 'r', engine: 'redis', cacheNodeType: 'cache.t3.micro' }), expect: 'unaddressed' },
]);

const transit = { EncryptionConfiguration: { EnableInTransitEncryption: true, EnableAtRestEncryption: false, InTransitEncryptionConfiguration: { TLSCertificateConfiguration: { CertificateProviderType: 'PEM', S3Object: 's3://b/certs.zip' } } } };
testRule(emrTransit, [
  { name: 'in-transit encryption on', resources: one('AWS::EMR::SecurityConfiguration', { SecurityConfiguration: transit }), expect: 'addressed' },
  { name: 'as JSON text', resources: one('AWS::EMR::SecurityConfiguration', { SecurityConfiguration: JSON.stringify(transit) }), expect: 'addressed' },
  { name: 'off', resources: one('AWS::EMR::SecurityConfiguration', { SecurityConfiguration: { EncryptionConfiguration: { EnableInTransitEncryption: false, EnableAtRestEncryption: true } } }), expect: 'unaddressed' },
  { name: 'on without certificates', resources: one('AWS::EMR::SecurityConfiguration', { SecurityConfiguration: { EncryptionConfiguration: { EnableInTransitEncryption: true } } }), expect: [{ status: 'unaddressed', message: /InTransitEncryptionConfiguration/ }] },
  { name: 'document from a parameter without default', parameters: noDefault, resources: one('AWS::EMR::SecurityConfiguration', { SecurityConfiguration: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnSecurityConfiguration with transit encryption', cdk: (stack) => void new emr.CfnSecurityConfiguration(stack, 'S', { securityConfiguration: transit }), expect: 'addressed' },
  { name: 'CfnSecurityConfiguration without', cdk: (stack) => void new emr.CfnSecurityConfiguration(stack, 'S', { securityConfiguration: { AuthenticationConfiguration: {} } }), expect: 'unaddressed' },
]);

const mskCluster = (inTransit?: object) => one('AWS::MSK::Cluster', { ClusterName: 'c', KafkaVersion: '3.6.0', NumberOfBrokerNodes: 3, BrokerNodeGroupInfo: { ClientSubnets: ['a', 'b', 'c'], InstanceType: 'kafka.m5.large' }, ...(inTransit ? { EncryptionInfo: { EncryptionInTransit: inTransit } } : {}) });
const cfnMsk = (encryptionInTransit?: msk.CfnCluster.EncryptionInTransitProperty) => (stack: import('aws-cdk-lib').Stack) =>
  void new msk.CfnCluster(stack, 'C', { clusterName: 'c', kafkaVersion: '3.6.0', numberOfBrokerNodes: 3, brokerNodeGroupInfo: { clientSubnets: ['a', 'b', 'c'], instanceType: 'kafka.m5.large' }, encryptionInfo: encryptionInTransit ? { encryptionInTransit } : undefined });
testRule(mskInCluster, [
  { name: 'absent: encrypted by default', resources: mskCluster(), expect: [{ status: 'addressed', message: /default/ }] },
  { name: 'InCluster false', resources: mskCluster({ InCluster: false }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: mskCluster({ InCluster: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnCluster default', cdk: cfnMsk(), expect: 'addressed' },
  { name: 'CfnCluster with InCluster false', cdk: cfnMsk({ inCluster: false }), expect: 'unaddressed' },
]);
testRule(mskClientBroker, [
  { name: 'absent: TLS by default', resources: mskCluster(), expect: 'addressed' },
  { name: 'TLS_PLAINTEXT', resources: mskCluster({ ClientBroker: 'TLS_PLAINTEXT' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: mskCluster({ ClientBroker: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnCluster with TLS', cdk: cfnMsk({ clientBroker: 'TLS' }), expect: 'addressed' },
  { name: 'CfnCluster with PLAINTEXT', cdk: cfnMsk({ clientBroker: 'PLAINTEXT' }), expect: 'unaddressed' },
]);
