import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, externalPolicyFinding, secureTransportFinding } from './support';

export default defineRule({
  id: 'SRM-EIT-002',
  title: 'SQS queue policy denies requests that do not use TLS',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::SQS::Queue', 'AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy'],
  controls: {
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-SQS4'],
  },
  docs: {
    description: 'SQS endpoints answer plain HTTP as well as HTTPS; only a queue policy can make the queue refuse unencrypted requests.',
    addressedBy: 'An `AWS::SQS::QueuePolicy` (or `QueueInlinePolicy`) on the queue with a `Deny` of `sqs:*` to every principal when `aws:SecureTransport` is `false`.',
    default: 'A queue without such a policy accepts HTTP requests: unaddressed. Server-side encryption (SSE-SQS, on by default) protects data at rest, not in transit.',
    fix: {
      cdk: 'new sqs.Queue(this, id, { enforceSSL: true })',
      cloudformation: 'Add `{Effect: Deny, Principal: "*", Action: "sqs:*", Resource: queue ARN, Condition: {Bool: {"aws:SecureTransport": "false"}}}` to the queue\'s AWS::SQS::QueuePolicy.',
    },
  },
  check(resource) {
    if (resource.type !== 'AWS::SQS::Queue') return externalPolicyFinding(resource, 'queue');
    return secureTransportFinding(resource, 'queue');
  },
});
