import { addressed, asBoolean, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, branchesOf, describeValue } from '../../lib/model/values';
import { AT_REST_NIST } from './lib/checks';

/**
 * DynamoDB encrypts every table; the only choice is whose key. The rule therefore records the
 * evidence (which key) and only asks for review when the template hides the choice. Asking for
 * a KMS key is the separate, lower-severity SRM-EAR-009.
 */
export default defineRule({
  id: 'SRM-EAR-008',
  title: 'DynamoDB table is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::DynamoDB::Table'],
  controls: {
    configRule: 'DYNAMODB_TABLE_ENCRYPTION_ENABLED',
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'DynamoDB is abstracted: AWS encrypts every table, and the customer chooses the key (AWS owned, AWS managed or customer managed).',
    addressedBy: 'Always, by DynamoDB itself; the result names the key the template chooses (`SSESpecification`).',
    default:
      'Absent `SSESpecification` (or `SSEEnabled: false`) means DynamoDB encrypts with an AWS owned key: addressed, with that as evidence. Whether a KMS key the customer can audit is needed is SRM-EAR-009.',
    fix: {
      cdk: "new dynamodb.Table(this, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key })",
      cloudformation: 'Nothing is required; for a KMS key set `SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: ... }`.',
    },
  },
  check(table) {
    const enabled = table.get('SSESpecification.SSEEnabled');
    const unknown = branchesOf(enabled.value).find((branch) => branch.value instanceof Unresolved || (branch.value !== undefined && asBoolean(branch.value) === undefined));
    if (unknown) {
      return needsReview(`SSESpecification.SSEEnabled is ${describeValue(unknown.value)}: the tool cannot tell which key encrypts the table`, { propertyPath: enabled.path });
    }
    const kms = branchesOf(enabled.value).some((branch) => asBoolean(branch.value ?? false) === true);
    const description = kms ? 'an AWS KMS key (SSEEnabled = true)' : 'an AWS owned key (the default)';
    return addressed(`DynamoDB encrypts the table with ${description}`, { propertyPath: enabled.path, evidence: { description: `encrypted with ${description}`, propertyPath: enabled.path } });
  },
});
