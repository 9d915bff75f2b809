import type { Rule } from '../../lib/engine/rule';
import backupCopyDestinations from './backup-copy-destinations';
import dynamodbGlobalTableReplicas from './dynamodb-global-table-replicas';
import ecrReplicationDestinations from './ecr-replication-destinations';
import rdsCrossRegionReplicaSource from './rds-cross-region-replica-source';
import s3ReplicationDestinations from './s3-replication-destinations';
import secretsManagerReplicaRegions from './secrets-manager-replica-regions';
import stackRegionAllowed from './stack-region-allowed';
import stackSetRegions from './stack-set-regions';

/** In id order (SRM-REG-001 ...). Every rule applies only when allowed regions are configured. */
export const regionResidencyRules: readonly Rule[] = [
  stackRegionAllowed,
  dynamodbGlobalTableReplicas,
  secretsManagerReplicaRegions,
  ecrReplicationDestinations,
  backupCopyDestinations,
  s3ReplicationDestinations,
  rdsCrossRegionReplicaSource,
  stackSetRegions,
];
