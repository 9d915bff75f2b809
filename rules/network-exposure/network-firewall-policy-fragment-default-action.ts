import { defineRule } from '../../lib/engine/rule';
import { checkDefaultActions } from './lib/firewall-default-actions';

export default defineRule({
  id: 'SRM-NET-024',
  title: 'Network Firewall policies drop or forward unmatched fragmented packets',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
  controls: {
    configRule: 'NETFW_POLICY_DEFAULT_ACTION_FRAGMENT_PACKETS',
    securityHub: ['NetworkFirewall.5'],
    controlTower: ['CT.NETWORK-FIREWALL.PR.3'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'Fragmented packets are a classic way around inspection; passing unmatched fragments by default lets them through.',
    addressedBy: '`FirewallPolicy.StatelessFragmentDefaultActions` containing `aws:drop` or `aws:forward_to_sfe`.',
    default: 'The property is required; an unresolvable value is needs-review.',
    fix: {
      cdk: "firewallPolicy: { statelessFragmentDefaultActions: ['aws:forward_to_sfe'], ... }",
      cloudformation: 'Set `StatelessFragmentDefaultActions` to `[aws:forward_to_sfe]` or `[aws:drop]`.',
    },
  },
  check: (policy) => checkDefaultActions(policy, 'StatelessFragmentDefaultActions', 'the default actions for unmatched fragments'),
});
