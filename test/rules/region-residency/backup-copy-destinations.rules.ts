import * as backup from 'aws-cdk-lib/aws-backup';
import rule from '../../../rules/region-residency/backup-copy-destinations';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1', 'eu-central-1'] };
const plan = (...destinations: unknown[]) => ({
  Plan: {
    Type: 'AWS::Backup::BackupPlan',
    Properties: { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: [{ RuleName: 'Daily', TargetBackupVault: 'v', CopyActions: destinations.map((DestinationBackupVaultArn) => ({ DestinationBackupVaultArn })) }] } },
  },
});
const vault = { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'local' } };

testRule(rule, [
  { name: 'copy to an allowed region', options, resources: plan('arn:aws:backup:eu-central-1:111111111111:backup-vault:dr'), expect: [{ status: 'addressed', key: 'eu-central-1' }] },
  { name: 'copy outside', options, resources: plan('arn:aws:backup:us-east-1:111111111111:backup-vault:dr'), expect: [{ status: 'unaddressed', key: 'us-east-1', message: /outside the allowed regions/ }] },
  { name: 'copy to a vault of this stack, pinned to an allowed region', options, environment: { region: 'eu-west-1' }, resources: { ...plan({ 'Fn::GetAtt': ['Vault', 'BackupVaultArn'] }), Vault: vault }, expect: 'addressed' },
  { name: 'copy to a vault of an environment-agnostic stack', options, resources: { ...plan({ 'Fn::GetAtt': ['Vault', 'BackupVaultArn'] }), Vault: vault }, expect: [{ status: 'needs-review', message: /chosen at deploy time/ }] },
  { name: 'destination from a parameter without a default', options, parameters: { Arn: { Type: 'String' } }, resources: plan({ Ref: 'Arn' }), expect: 'needs-review' },
  { name: 'no copy actions', options, resources: { Plan: { Type: 'AWS::Backup::BackupPlan', Properties: { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: [{ RuleName: 'Daily', TargetBackupVault: 'v' }] } } } }, expect: [] },
  {
    name: 'BackupPlanRule copying to a vault in us-east-1',
    options,
    env: { region: 'eu-west-1' },
    cdk: (stack) => {
      const remote = backup.BackupVault.fromBackupVaultArn(stack, 'Remote', 'arn:aws:backup:us-east-1:111111111111:backup-vault:dr');
      new backup.BackupPlan(stack, 'Plan', { backupPlanRules: [new backup.BackupPlanRule({ ruleName: 'Daily', copyActions: [{ destinationBackupVault: remote }] })] });
    },
    expect: [{ status: 'unaddressed', key: 'us-east-1' }],
  },
  {
    name: 'BackupPlanRule copying to a vault in eu-central-1',
    options,
    env: { region: 'eu-west-1' },
    cdk: (stack) => {
      const remote = backup.BackupVault.fromBackupVaultArn(stack, 'Remote', 'arn:aws:backup:eu-central-1:111111111111:backup-vault:dr');
      new backup.BackupPlan(stack, 'Plan', { backupPlanRules: [new backup.BackupPlanRule({ ruleName: 'Daily', copyActions: [{ destinationBackupVault: remote }] })] });
    },
    expect: 'addressed',
  },
]);
