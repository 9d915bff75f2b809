import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/backup-recovery/dynamodb-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const table = (properties: object = {}) => ({ T: resource('AWS::DynamoDB::Table', properties) });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

testRule(rule, [
  { name: 'on', resources: table({ DeletionProtectionEnabled: true }), expect: 'addressed' },
  { name: 'absent', resources: table(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: table({ DeletionProtectionEnabled: ref }), expect: 'needs-review' },
  { name: 'Table with deletion protection', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey, deletionProtection: true }), expect: 'addressed' },
  { name: 'Table with the defaults', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey }), expect: 'unaddressed' },
]);
