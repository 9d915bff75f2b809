import type { Rule } from '../../lib/engine/rule';
import rdsInstanceStorageEncrypted from './rds-instance-storage-encrypted';
import ebsVolumeEncrypted from './ebs-volume-encrypted';
import ec2InstanceBlockDevicesEncrypted from './ec2-instance-block-devices-encrypted';
import launchTemplateBlockDevicesEncrypted from './launch-template-block-devices-encrypted';
import launchConfigurationBlockDevicesEncrypted from './launch-configuration-block-devices-encrypted';
import rdsClusterStorageEncrypted from './rds-cluster-storage-encrypted';
import efsFileSystemEncrypted from './efs-file-system-encrypted';
import dynamodbTableEncrypted from './dynamodb-table-encrypted';
import dynamodbTableKmsKey from './dynamodb-table-kms-key';
import sqsQueueEncrypted from './sqs-queue-encrypted';
import snsTopicEncrypted from './sns-topic-encrypted';
import s3BucketEncrypted from './s3-bucket-encrypted';
import s3BucketKmsEncryption from './s3-bucket-kms-encryption';
import docdbClusterStorageEncrypted from './docdb-cluster-storage-encrypted';
import neptuneClusterStorageEncrypted from './neptune-cluster-storage-encrypted';
import redshiftClusterEncrypted from './redshift-cluster-encrypted';
import elasticacheReplicationGroupEncrypted from './elasticache-replication-group-encrypted';
import opensearchDomainEncrypted from './opensearch-domain-encrypted';
import elasticsearchDomainEncrypted from './elasticsearch-domain-encrypted';
import kinesisStreamEncrypted from './kinesis-stream-encrypted';
import firehoseDeliveryStreamEncrypted from './firehose-delivery-stream-encrypted';
import logGroupKmsKey from './log-group-kms-key';
import sagemakerNotebookKmsKey from './sagemaker-notebook-kms-key';
import sagemakerEndpointConfigKmsKey from './sagemaker-endpoint-config-kms-key';
import mskClusterCustomerKey from './msk-cluster-customer-key';
import eksSecretsEncrypted from './eks-secrets-encrypted';
import cloudtrailTrailKmsKey from './cloudtrail-trail-kms-key';
import cloudtrailEventDataStoreKmsKey from './cloudtrail-event-data-store-kms-key';
import backupVaultCustomerKey from './backup-vault-customer-key';
import athenaWorkgroupResultsEncrypted from './athena-workgroup-results-encrypted';
import athenaWorkgroupResultsKms from './athena-workgroup-results-kms';
import codebuildArtifactsEncrypted from './codebuild-artifacts-encrypted';
import codebuildS3LogsEncrypted from './codebuild-s3-logs-encrypted';
import secretsManagerCustomerKey from './secrets-manager-customer-key';
import ebsEncryptionByDefault from './ebs-encryption-by-default';
import rdsInstanceKmsKey from './rds-instance-kms-key';
import daxClusterEncrypted from './dax-cluster-encrypted';
import apiGatewayStageCacheEncrypted from './api-gateway-stage-cache-encrypted';
import appsyncApiCacheEncrypted from './appsync-api-cache-encrypted';
import emrSecurityConfigurationS3Encryption from './emr-security-configuration-s3-encryption';
import emrSecurityConfigurationS3Kms from './emr-security-configuration-s3-kms';
import emrSecurityConfigurationLocalDisk from './emr-security-configuration-local-disk';
import glueJobSecurityConfiguration from './glue-job-security-configuration';
import kmsRsaKeyLength from './kms-rsa-key-length';

export const encryptionAtRestRules: readonly Rule[] = [
  rdsInstanceStorageEncrypted,
  ebsVolumeEncrypted,
  ec2InstanceBlockDevicesEncrypted,
  launchTemplateBlockDevicesEncrypted,
  launchConfigurationBlockDevicesEncrypted,
  rdsClusterStorageEncrypted,
  efsFileSystemEncrypted,
  dynamodbTableEncrypted,
  dynamodbTableKmsKey,
  sqsQueueEncrypted,
  snsTopicEncrypted,
  s3BucketEncrypted,
  s3BucketKmsEncryption,
  docdbClusterStorageEncrypted,
  neptuneClusterStorageEncrypted,
  redshiftClusterEncrypted,
  elasticacheReplicationGroupEncrypted,
  opensearchDomainEncrypted,
  elasticsearchDomainEncrypted,
  kinesisStreamEncrypted,
  firehoseDeliveryStreamEncrypted,
  logGroupKmsKey,
  sagemakerNotebookKmsKey,
  sagemakerEndpointConfigKmsKey,
  mskClusterCustomerKey,
  eksSecretsEncrypted,
  cloudtrailTrailKmsKey,
  cloudtrailEventDataStoreKmsKey,
  backupVaultCustomerKey,
  athenaWorkgroupResultsEncrypted,
  athenaWorkgroupResultsKms,
  codebuildArtifactsEncrypted,
  codebuildS3LogsEncrypted,
  secretsManagerCustomerKey,
  ebsEncryptionByDefault,
  rdsInstanceKmsKey,
  daxClusterEncrypted,
  apiGatewayStageCacheEncrypted,
  appsyncApiCacheEncrypted,
  emrSecurityConfigurationS3Encryption,
  emrSecurityConfigurationS3Kms,
  emrSecurityConfigurationLocalDisk,
  glueJobSecurityConfiguration,
  kmsRsaKeyLength,
];
