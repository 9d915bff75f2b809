import { defineRule } from '../../lib/engine/rule';
import { inBackupPlan } from './lib/checks';

/** Nothing backs up an EBS volume by default; a selection or a Data Lifecycle Manager policy must. */
export default defineRule({
  id: 'SRM-BKP-026',
  title: 'EBS volume is in an AWS Backup plan',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::EC2::Volume'],
  controls: {
    configRule: 'EBS_RESOURCES_PROTECTED_BY_BACKUP_PLAN',
    securityHub: ['EC2.28'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['NIST.800.53.R5-EC2EBSInBackupPlan'],
  },
  docs: {
    description: 'EBS replicates a volume inside one Availability Zone; snapshots to recover from deletion or corruption are the customer\'s to schedule.',
    addressedBy: 'An AWS::Backup::BackupSelection in the app that names the volume, matches it by wildcard (`arn:aws:ec2:*:*:volume/*`), or matches its tags.',
    default: 'No selection means unaddressed; a selection the tool cannot read means needs review.',
    fix: {
      cdk: 'plan.addSelection(\'Volumes\', { resources: [backup.BackupResource.fromTag(\'backup\', \'daily\')] }) and tag the volume',
      cloudformation: 'Add an AWS::Backup::BackupSelection whose `BackupSelection.Resources` matches the volume.',
    },
  },
  check(volume, context) {
    return inBackupPlan(volume, context, 'volume');
  },
});
