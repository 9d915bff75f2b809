import type { Rule } from '../../lib/engine/rule';
import auroraMysqlBacktracking from './aurora-mysql-backtracking';
import backupPlanRuleRetention from './backup-plan-rule-retention';
import backupVaultLock from './backup-vault-lock';
import docdbClusterBackupRetention from './docdb-cluster-backup-retention';
import docdbClusterDeletionProtection from './docdb-cluster-deletion-protection';
import dynamodbDeletionProtection from './dynamodb-deletion-protection';
import dynamodbPointInTimeRecovery from './dynamodb-point-in-time-recovery';
import dynamodbTableInBackupPlan from './dynamodb-table-in-backup-plan';
import ebsVolumeInBackupPlan from './ebs-volume-in-backup-plan';
import efsBackupPolicy from './efs-backup-policy';
import elasticacheClusterAutomaticBackups from './elasticache-cluster-automatic-backups';
import elasticacheReplicationGroupAutomaticBackups from './elasticache-replication-group-automatic-backups';
import elbv2DeletionProtection from './elbv2-deletion-protection';
import neptuneClusterBackupRetention from './neptune-cluster-backup-retention';
import neptuneClusterDeletionProtection from './neptune-cluster-deletion-protection';
import rdsClusterBackupRetention from './rds-cluster-backup-retention';
import rdsClusterCopyTagsToSnapshot from './rds-cluster-copy-tags-to-snapshot';
import rdsClusterDeletionProtection from './rds-cluster-deletion-protection';
import rdsInstanceBackupRetention from './rds-instance-backup-retention';
import rdsInstanceCopyTagsToSnapshot from './rds-instance-copy-tags-to-snapshot';
import rdsInstanceDeletionProtection from './rds-instance-deletion-protection';
import redshiftClusterAutomatedSnapshots from './redshift-cluster-automated-snapshots';
import s3BucketObjectLock from './s3-bucket-object-lock';
import s3BucketVersioning from './s3-bucket-versioning';
import s3VersionedBucketLifecycle from './s3-versioned-bucket-lifecycle';
import statefulResourceRetentionPolicy from './stateful-resource-retention-policy';

/** In id order (SRM-BKP-001 ...). */
export const backupRecoveryRules: readonly Rule[] = [
  rdsInstanceBackupRetention,
  rdsClusterBackupRetention,
  dynamodbPointInTimeRecovery,
  efsBackupPolicy,
  s3BucketVersioning,
  statefulResourceRetentionPolicy,
  rdsInstanceDeletionProtection,
  rdsClusterDeletionProtection,
  dynamodbDeletionProtection,
  docdbClusterBackupRetention,
  docdbClusterDeletionProtection,
  neptuneClusterBackupRetention,
  neptuneClusterDeletionProtection,
  redshiftClusterAutomatedSnapshots,
  elasticacheClusterAutomaticBackups,
  elasticacheReplicationGroupAutomaticBackups,
  auroraMysqlBacktracking,
  s3VersionedBucketLifecycle,
  s3BucketObjectLock,
  rdsInstanceCopyTagsToSnapshot,
  rdsClusterCopyTagsToSnapshot,
  elbv2DeletionProtection,
  backupPlanRuleRetention,
  backupVaultLock,
  dynamodbTableInBackupPlan,
  ebsVolumeInBackupPlan,
];
