import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/backup-recovery/dynamodb-table-in-backup-plan';
import { testRule } from '../../support/rule-tester';
import { plan, ref, resource, selectionOf, unknownParameter } from './fixtures';

const table = resource('AWS::DynamoDB::Table');
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

testRule(rule, [
  { name: 'named by Fn::GetAtt', resources: { T: table, Plan: plan, Sel: selectionOf({ 'Fn::GetAtt': ['T', 'Arn'] }) }, expect: [{ status: 'addressed', on: 'T', message: /Sel \(plan Plan\) selects it by its ARN/ }] },
  { name: 'matched by wildcard in a pinned stack', environment: { account: '111', region: 'eu-west-1' }, resources: { T: table, Plan: plan, Sel: selectionOf('arn:aws:dynamodb:*:*:table/*') }, expect: 'addressed' },
  { name: 'no selection', resources: { T: table }, expect: [{ status: 'unaddressed', message: /in no AWS Backup plan/ }] },
  { name: 'a selection of other resources', resources: { T: table, Plan: plan, Sel: selectionOf('arn:aws:ec2:*:*:volume/*') }, expect: 'unaddressed' },
  { name: 'a selection from a parameter without a default', parameters: unknownParameter, resources: { T: table, Plan: plan, Sel: selectionOf(ref) }, expect: 'needs-review' },
  {
    name: 'Table in a BackupPlan',
    cdk: (stack) => {
      const t = new dynamodb.Table(stack, 'T', { partitionKey });
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Sel', { resources: [backup.BackupResource.fromDynamoDbTable(t)] });
    },
    expect: 'addressed',
  },
  { name: 'Table in no plan', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey }), expect: 'unaddressed' },
]);
