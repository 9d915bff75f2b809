import { defineRule } from '../../lib/engine/rule';
import { resourcePolicyPublicFinding } from './lib/resource-policy-public';

export default defineRule({
  id: 'SRM-IAM-013',
  title: 'SNS topic policies do not allow every principal',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::SNS::Topic'],
  controls: {
    configRule: 'SNS_TOPIC_NO_PUBLIC_ACCESS',
    securityHub: ['SNS.4'],
    nist80053: ['AC-3', 'AC-6', 'AC-21'],
  },
  docs: {
    description: 'A topic policy that allows `Principal: "*"` lets anyone publish to or subscribe to the topic.',
    addressedBy: '`AWS::SNS::TopicPolicy` / `TopicInlinePolicy` statements naming specific principals, or `*` narrowed by `aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID` or similar.',
    default: 'A topic without a policy gets the default policy, which limits access to the owning account.',
    fix: {
      cdk: "topic.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('events.amazonaws.com')], actions: ['sns:Publish'], resources: [topic.topicArn], conditions: { ArnEquals: { 'aws:SourceArn': rule.ruleArn } } }))",
      cloudformation: 'Replace `Principal: "*"` in the topic policy by specific principals or add an `aws:SourceArn` / `aws:SourceAccount` condition.',
    },
  },
  check(topic) {
    return resourcePolicyPublicFinding(topic, 'the topic policy');
  },
});
