import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-009',
  title: 'DynamoDB table is encrypted with an AWS KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::DynamoDB::Table'],
  controls: {
    configRule: 'DYNAMODB_TABLE_ENCRYPTED_KMS',
    controlTower: ['CT.DYNAMODB.PR.2'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'With a KMS key (AWS managed or customer managed) every use of the key is logged in CloudTrail and, for a customer managed key, access to the data can be revoked through the key policy.',
    addressedBy: '`SSESpecification.SSEEnabled: true` (SSEType KMS), optionally with `KMSMasterKeyId` for a customer managed key.',
    default: 'Absent means the AWS owned key: the data is encrypted (SRM-EAR-008) but no KMS key the customer can see or control is used, so this rule reports it unaddressed at low severity.',
    fix: {
      cdk: "new dynamodb.Table(this, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.AWS_MANAGED })",
      cloudformation: 'Set `SSESpecification: { SSEEnabled: true }` (and `KMSMasterKeyId` for a customer managed key).',
    },
  },
  check(table) {
    return requireOn(table.get('SSESpecification.SSEEnabled'), {
      absent: false,
      on: 'the table is encrypted with an AWS KMS key',
      off: 'the table is encrypted with an AWS owned key, not a KMS key you can audit or control',
      absentNote: 'SSESpecification.SSEEnabled is not set, so DynamoDB uses its AWS owned key',
    });
  },
});
