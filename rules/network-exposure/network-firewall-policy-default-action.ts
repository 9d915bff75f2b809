import { defineRule } from '../../lib/engine/rule';
import { checkDefaultActions } from './lib/firewall-default-actions';

export default defineRule({
  id: 'SRM-NET-023',
  title: 'Network Firewall policies drop or forward unmatched full packets',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
  controls: {
    configRule: 'NETFW_POLICY_DEFAULT_ACTION_FULL_PACKETS',
    securityHub: ['NetworkFirewall.4'],
    controlTower: ['CT.NETWORK-FIREWALL.PR.2'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'The stateless default action decides what happens to packets no stateless rule matches; `aws:pass` lets them through uninspected.',
    addressedBy: '`FirewallPolicy.StatelessDefaultActions` containing `aws:drop` or `aws:forward_to_sfe`.',
    default: 'The property is required; an unresolvable value is needs-review.',
    fix: {
      cdk: "firewallPolicy: { statelessDefaultActions: ['aws:forward_to_sfe'], statelessFragmentDefaultActions: ['aws:forward_to_sfe'], ... }",
      cloudformation: 'Set `StatelessDefaultActions` to `[aws:forward_to_sfe]` or `[aws:drop]`.',
    },
  },
  check: (policy) => checkDefaultActions(policy, 'StatelessDefaultActions', 'the default actions for unmatched packets'),
});
