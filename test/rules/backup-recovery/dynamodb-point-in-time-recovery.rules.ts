import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/backup-recovery/dynamodb-point-in-time-recovery';
import { testRule } from '../../support/rule-tester';
import { plan, ref, resource, selectionOf, unknownParameter } from './fixtures';

const table = (properties: object = {}) => resource('AWS::DynamoDB::Table', { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ...properties });
const pitr = (value: unknown) => ({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: value } });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

testRule(rule, [
  { name: 'PITR on', resources: { T: table(pitr(true)) }, expect: 'addressed' },
  { name: 'PITR absent', resources: { T: table() }, expect: [{ status: 'unaddressed', message: /point-in-time recovery is off/, propertyPath: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled' }] },
  { name: 'PITR false', resources: { T: table(pitr(false)) }, expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: { T: table(pitr(ref)) }, expect: 'needs-review' },
  { name: 'Fn::ImportValue', resources: { T: table(pitr({ 'Fn::ImportValue': 'pitr-flag' })) }, expect: 'needs-review' },
  { name: 'PITR off but the table is in an AWS Backup plan', resources: { T: table(), Plan: plan, Sel: selectionOf({ 'Fn::GetAtt': ['T', 'Arn'] }) }, expect: [{ status: 'addressed', on: 'T', message: /AWS Backup selection Sel/ }] },
  { name: 'Table with point-in-time recovery', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }), expect: 'addressed' },
  { name: 'Table without point-in-time recovery', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey }), expect: 'unaddressed' },
  {
    name: 'Table in a backup plan',
    cdk: (stack) => {
      const t = new dynamodb.Table(stack, 'T', { partitionKey });
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Sel', { resources: [backup.BackupResource.fromDynamoDbTable(t)] });
    },
    expect: [{ status: 'addressed', on: 'T' }],
  },
]);
