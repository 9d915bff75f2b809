import { defineRule } from '../../lib/engine/rule';
import { inBackupPlan } from './lib/checks';

/** Nothing assigns a table to AWS Backup by default; a selection must name it, match its tags, or match all tables. */
export default defineRule({
  id: 'SRM-BKP-025',
  title: 'DynamoDB table is in an AWS Backup plan',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::DynamoDB::Table'],
  controls: {
    configRule: 'DYNAMODB_RESOURCES_PROTECTED_BY_BACKUP_PLAN',
    securityHub: ['DynamoDB.4'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['NIST.800.53.R5-DynamoDBInBackupPlan'],
  },
  docs: {
    description: 'AWS Backup keeps copies apart from the table, with their own retention, vault lock and cross-Region copies; assigning the table to a plan is the customer\'s.',
    addressedBy: 'An AWS::Backup::BackupSelection in the app whose Resources name the table (ARN, `Fn::GetAtt`, `Ref` inside `Fn::Sub`/`Fn::Join`), match it by wildcard, or whose tags match the table\'s.',
    default: 'No selection means unaddressed; a selection the tool cannot read means needs review.',
    fix: {
      cdk: 'plan.addSelection(\'Tables\', { resources: [backup.BackupResource.fromDynamoDbTable(table)] })',
      cloudformation: 'Add an AWS::Backup::BackupSelection whose `BackupSelection.Resources` lists `!GetAtt Table.Arn`.',
    },
  },
  check(table, context) {
    return inBackupPlan(table, context, 'table');
  },
});
