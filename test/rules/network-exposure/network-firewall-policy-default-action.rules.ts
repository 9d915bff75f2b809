import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import rule from '../../../rules/network-exposure/network-firewall-policy-default-action';
import { testRule } from '../../support/rule-tester';

const policy = (actions: unknown) => ({
  P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: { StatelessFragmentDefaultActions: ['aws:drop'], StatelessDefaultActions: actions } } },
});
const cfn = (actions: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new networkfirewall.CfnFirewallPolicy(stack, 'P', { firewallPolicyName: 'p', firewallPolicy: { statelessFragmentDefaultActions: ['aws:drop'], statelessDefaultActions: actions } });

testRule(rule, [
  { name: 'forward to the stateful engine', resources: policy(['aws:forward_to_sfe']), expect: 'addressed' },
  { name: 'drop', resources: policy(['aws:drop']), expect: 'addressed' },
  { name: 'pass', resources: policy(['aws:pass']), expect: [{ status: 'unaddressed', message: /aws:pass/ }] },
  { name: 'from a parameter without default', parameters: { A: { Type: 'CommaDelimitedList' } }, resources: policy({ Ref: 'A' }), expect: 'needs-review' },
  { name: 'not a list', resources: policy('aws:drop'), expect: 'needs-review' },
  { name: 'CfnFirewallPolicy forwarding', cdk: cfn(['aws:forward_to_sfe']), expect: 'addressed' },
  { name: 'CfnFirewallPolicy passing', cdk: cfn(['aws:pass']), expect: 'unaddressed' },
]);
