import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import rule from '../../../rules/network-exposure/network-firewall-policy-has-rule-groups';
import { testRule } from '../../support/rule-tester';

const actions = { StatelessDefaultActions: ['aws:forward_to_sfe'], StatelessFragmentDefaultActions: ['aws:forward_to_sfe'] };
const policy = (extra: object) => ({ P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: { ...actions, ...extra } } } });
const cfn = (refs: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new networkfirewall.CfnFirewallPolicy(stack, 'P', {
    firewallPolicyName: 'p',
    firewallPolicy: { statelessDefaultActions: ['aws:forward_to_sfe'], statelessFragmentDefaultActions: ['aws:forward_to_sfe'], statefulRuleGroupReferences: refs.map((resourceArn) => ({ resourceArn })) },
  });

testRule(rule, [
  { name: 'stateful reference', resources: policy({ StatefulRuleGroupReferences: [{ ResourceArn: 'arn:rg' }] }), expect: 'addressed' },
  { name: 'stateless reference', resources: policy({ StatelessRuleGroupReferences: [{ ResourceArn: 'arn:rg', Priority: 1 }] }), expect: 'addressed' },
  { name: 'no references', resources: policy({}), expect: [{ status: 'unaddressed', message: /no rule group/ }] },
  { name: 'references from a parameter without default', parameters: { R: { Type: 'String' } }, resources: policy({ StatefulRuleGroupReferences: { Ref: 'R' } }), expect: 'needs-review' },
  { name: 'CfnFirewallPolicy with a rule group', cdk: cfn(['arn:aws:network-firewall:eu-west-1:1:stateful-rulegroup/x']), expect: 'addressed' },
  { name: 'CfnFirewallPolicy without', cdk: cfn([]), expect: 'unaddressed' },
]);
