/**
 * DynamoDB encrypts every table, so this rule can never report unaddressed; testRule insists on
 * an unaddressed case, so the table runs through runRule directly.
 */
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/encryption-at-rest/dynamodb-table-encrypted';
import { modelOfCdk, modelOfTemplate, runRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::DynamoDB::Table';
const statusOf = (template: object) => runRule(rule, modelOfTemplate(template)).map((r) => [r.status, r.message]);

describe('SRM-EAR-008 DynamoDB table is encrypted at rest', () => {
  test('no SSESpecification: AWS owned key, addressed with that evidence', () => {
    const [result] = runRule(rule, modelOfTemplate({ Resources: one(T, {}) }));
    expect(result.status).toBe('addressed');
    expect(result.evidence[0].description).toMatch(/AWS owned key/);
  });
  test('SSEEnabled true: KMS key', () => expect(statusOf({ Resources: one(T, { SSESpecification: { SSEEnabled: true } }) })).toEqual([['addressed', expect.stringMatching(/KMS key/)]]));
  test('SSEEnabled false: AWS owned key', () => expect(statusOf({ Resources: one(T, { SSESpecification: { SSEEnabled: false } }) })[0][0]).toBe('addressed'));
  test('parameter without a default needs review', () =>
    expect(statusOf({ Parameters: { Unknown: { Type: 'String' } }, Resources: one(T, { SSESpecification: { SSEEnabled: { Ref: 'Unknown' } } }) })[0][0]).toBe('needs-review'));
  test('SSESpecification imported needs review', () => expect(statusOf({ Resources: one(T, { SSESpecification: { 'Fn::ImportValue': 'X' } }) })[0][0]).toBe('needs-review'));
  test('not a boolean needs review', () => expect(statusOf({ Resources: one(T, { SSESpecification: { SSEEnabled: 'maybe' } }) })[0][0]).toBe('needs-review'));
  test('[cdk] Table with defaults', () => {
    const stack = modelOfCdk((s) => void new dynamodb.Table(s, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }));
    expect(runRule(rule, stack).map((r) => r.status)).toEqual(['addressed']);
  });
});
