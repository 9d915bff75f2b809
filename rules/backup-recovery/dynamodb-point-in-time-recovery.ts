import { defineRule } from '../../lib/engine/rule';
import { orBackupPlan, switchedOn } from './lib/checks';

/** DynamoDB default: point-in-time recovery is off unless `PointInTimeRecoveryEnabled: true`. */
export default defineRule({
  id: 'SRM-BKP-003',
  title: 'DynamoDB table has point-in-time recovery',
  duty: 'backup-recovery',
  severity: 'high',
  resourceTypes: ['AWS::DynamoDB::Table'],
  controls: {
    configRule: 'DYNAMODB_PITR_ENABLED',
    securityHub: ['DynamoDB.2'],
    controlTower: ['CT.DYNAMODB.PR.1'],
    nist80053: ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['AwsSolutions-DDB3', 'NIST.800.53.R5-DynamoDBPITREnabled'],
  },
  docs: {
    description: 'AWS keeps DynamoDB available and durable; recovering from a bad write or a deleted item is the customer\'s job, and needs backups the customer turns on.',
    addressedBy: '`PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true`, or an AWS Backup selection that assigns the table to a backup plan (restores to the last backup rather than to any second).',
    default: 'Absent means point-in-time recovery is off: unaddressed unless AWS Backup covers the table.',
    fix: {
      cdk: 'new dynamodb.Table(this, id, { pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }, ... })',
      cloudformation: 'Set `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }` on the AWS::DynamoDB::Table.',
    },
  },
  check(table, context) {
    const own = switchedOn(table.get('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'), 'point-in-time recovery');
    return orBackupPlan(own, table, context);
  },
});
