import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/encryption-at-rest/dynamodb-table-kms-key';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::DynamoDB::Table';
const table = (sse?: object) => one(T, { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST', SSESpecification: sse });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

testRule(rule, [
  { name: 'SSEEnabled true', resources: table({ SSEEnabled: true, SSEType: 'KMS' }), expect: 'addressed' },
  { name: 'no SSESpecification: AWS owned key', resources: table(), expect: [{ status: 'unaddressed', message: /AWS owned key/ }] },
  { name: 'SSEEnabled false', resources: table({ SSEEnabled: false }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ SSESpecification: { SSEEnabled: u } })),
  imported(T, (u) => ({ SSESpecification: u })),
  conditional(T, (v) => ({ SSESpecification: { SSEEnabled: v } }), true, false, 'unaddressed'),
  { name: 'Table with an AWS managed key', cdk: (stack) => void new dynamodb.Table(stack, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.AWS_MANAGED }), expect: 'addressed' },
  { name: 'Table with the default key', cdk: (stack) => void new dynamodb.Table(stack, 'Table', { partitionKey }), expect: 'unaddressed' },
]);
