import { defineRule } from '../../lib/engine/rule';
import { resourcePolicyPublicFinding } from './lib/resource-policy-public';

export default defineRule({
  id: 'SRM-IAM-012',
  title: 'SQS queue policies do not allow every principal',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::SQS::Queue'],
  controls: {
    configRule: 'SQS_QUEUE_NO_PUBLIC_ACCESS',
    securityHub: ['SQS.3'],
    nist80053: ['AC-3', 'AC-6', 'AC-21'],
  },
  docs: {
    description: 'A queue policy that allows `Principal: "*"` lets anyone send, read or delete messages.',
    addressedBy: '`AWS::SQS::QueuePolicy` / `QueueInlinePolicy` statements naming specific principals, or `*` narrowed by `aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID` or similar.',
    default: 'A queue without a policy is reachable only by principals of its account that IAM allows.',
    fix: {
      cdk: "queue.grantSendMessages(new iam.ServicePrincipal('sns.amazonaws.com').withConditions({ ArnEquals: { 'aws:SourceArn': topic.topicArn } }))",
      cloudformation: 'Replace `Principal: "*"` in the queue policy by specific principals or add an `aws:SourceArn` / `aws:SourceAccount` condition.',
    },
  },
  check(queue) {
    return resourcePolicyPublicFinding(queue, 'the queue policy');
  },
});
