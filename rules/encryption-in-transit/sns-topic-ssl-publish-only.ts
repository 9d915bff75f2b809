import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, externalPolicyFinding, secureTransportFinding } from './support';

/** `sns:Publish` is what the CDK's `enforceSSL` denies; a deny of every SNS action covers it too. */
const coversPublish = (actions: readonly string[]): boolean => actions.some((a) => a === '*' || /^sns:(\*|publish)$/i.test(a));

export default defineRule({
  id: 'SRM-EIT-003',
  title: 'SNS topic policy denies publishing without TLS',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::SNS::Topic', 'AWS::SNS::TopicPolicy', 'AWS::SNS::TopicInlinePolicy'],
  controls: {
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-SNS3'],
  },
  docs: {
    description: 'SNS accepts Publish calls over plain HTTP unless the topic policy refuses them.',
    addressedBy: 'An `AWS::SNS::TopicPolicy` (or `TopicInlinePolicy`) on the topic that denies `sns:Publish` (or `sns:*`) to every principal when `aws:SecureTransport` is `false`.',
    default: 'A topic without such a policy accepts unencrypted Publish requests: unaddressed.',
    fix: {
      cdk: 'new sns.Topic(this, id, { enforceSSL: true })',
      cloudformation: 'Add `{Effect: Deny, Principal: "*", Action: "sns:Publish", Resource: topic ARN, Condition: {Bool: {"aws:SecureTransport": "false"}}}` to the topic\'s AWS::SNS::TopicPolicy.',
    },
  },
  check(resource) {
    if (resource.type !== 'AWS::SNS::Topic') return externalPolicyFinding(resource, 'topic', coversPublish);
    return secureTransportFinding(resource, 'topic', coversPublish);
  },
});
