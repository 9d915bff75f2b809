import type { Rule } from '../../lib/engine/rule';
import autoscalingGroupTransitEncryption from './autoscaling-group-transit-encryption';
import apigatewayDomainTls from './apigateway-domain-tls';
import appsyncCacheTransitEncryption from './appsync-cache-transit-encryption';
import cloudfrontCustomCertificate from './cloudfront-custom-certificate';
import cloudfrontMinimumTls from './cloudfront-minimum-tls';
import cloudfrontOriginHttps from './cloudfront-origin-https';
import cloudfrontOriginSslProtocols from './cloudfront-origin-ssl-protocols';
import cloudfrontSni from './cloudfront-sni';
import cloudfrontViewerHttps from './cloudfront-viewer-https';
import daxClusterTls from './dax-cluster-tls';
import dmsEndpointSsl from './dms-endpoint-ssl';
import ec2FleetTransitEncryption from './ec2-fleet-transit-encryption';
import ec2InstanceTransitEncryption from './ec2-instance-transit-encryption';
import efsFileSystemPolicyTls from './efs-file-system-policy-tls';
import elasticacheReplicationGroupTransitEncryption from './elasticache-replication-group-transit-encryption';
import elasticsearchHttpsTls12 from './elasticsearch-https-tls12';
import elasticsearchNodeToNodeEncryption from './elasticsearch-node-to-node-encryption';
import elbClassicAcmCertificate from './elb-classic-acm-certificate';
import elbClassicListenersHttps from './elb-classic-listeners-https';
import elbv2AcmCertificate from './elbv2-acm-certificate';
import elbv2ListenerHttps from './elbv2-listener-https';
import elbv2ListenerTlsPolicy from './elbv2-listener-tls-policy';
import emrSecurityConfigurationTransit from './emr-security-configuration-transit';
import mskClientBrokerTls from './msk-client-broker-tls';
import mskInClusterTls from './msk-in-cluster-tls';
import opensearchHttpsTls12 from './opensearch-https-tls12';
import opensearchNodeToNodeEncryption from './opensearch-node-to-node-encryption';
import rdsDbClusterParameterGroupTls from './rds-db-cluster-parameter-group-tls';
import rdsDbParameterGroupTls from './rds-db-parameter-group-tls';
import rdsProxyRequireTls from './rds-proxy-require-tls';
import redshiftParameterGroupRequireSsl from './redshift-parameter-group-require-ssl';
import s3BucketSslRequestsOnly from './s3-bucket-ssl-requests-only';
import snsTopicSslPublishOnly from './sns-topic-ssl-publish-only';
import sqsQueueSslRequestsOnly from './sqs-queue-ssl-requests-only';

/** In id order (SRM-EIT-001 ...); ids are never reused, see docs/RULE-IDS.md. */
export const encryptionInTransitRules: readonly Rule[] = [
  s3BucketSslRequestsOnly,
  sqsQueueSslRequestsOnly,
  snsTopicSslPublishOnly,
  elbv2ListenerHttps,
  elbv2AcmCertificate,
  elbv2ListenerTlsPolicy,
  elbClassicListenersHttps,
  elbClassicAcmCertificate,
  cloudfrontViewerHttps,
  cloudfrontMinimumTls,
  cloudfrontCustomCertificate,
  cloudfrontSni,
  cloudfrontOriginHttps,
  apigatewayDomainTls,
  appsyncCacheTransitEncryption,
  daxClusterTls,
  dmsEndpointSsl,
  elasticacheReplicationGroupTransitEncryption,
  emrSecurityConfigurationTransit,
  mskInClusterTls,
  mskClientBrokerTls,
  opensearchNodeToNodeEncryption,
  elasticsearchNodeToNodeEncryption,
  opensearchHttpsTls12,
  elasticsearchHttpsTls12,
  rdsProxyRequireTls,
  rdsDbParameterGroupTls,
  rdsDbClusterParameterGroupTls,
  redshiftParameterGroupRequireSsl,
  efsFileSystemPolicyTls,
  cloudfrontOriginSslProtocols,
  ec2InstanceTransitEncryption,
  ec2FleetTransitEncryption,
  autoscalingGroupTransitEncryption,
];
