import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { describeValue, isPlainObject, type Resolved } from '../../lib/model/values';

const count = (value: Resolved): number | undefined => (value === undefined ? 0 : Array.isArray(value) ? value.length : undefined);

export default defineRule({
  id: 'SRM-NET-022',
  title: 'Network Firewall policies have at least one rule group',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
  controls: {
    configRule: 'NETFW_POLICY_RULE_GROUP_ASSOCIATED',
    securityHub: ['NetworkFirewall.3'],
    controlTower: ['CT.NETWORK-FIREWALL.PR.1'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'AWS runs the firewall; the rules it enforces are the customer\'s. A policy without rule groups inspects nothing.',
    addressedBy: 'At least one entry in `FirewallPolicy.StatefulRuleGroupReferences` or `FirewallPolicy.StatelessRuleGroupReferences`.',
    default: 'Absent references: the policy has no rule groups: unaddressed.',
    fix: {
      cdk: "new networkfirewall.CfnFirewallPolicy(this, id, { firewallPolicy: { statefulRuleGroupReferences: [{ resourceArn: ruleGroup.attrRuleGroupArn }], ... }, ... })",
      cloudformation: 'Reference one or more rule groups in `StatefulRuleGroupReferences` or `StatelessRuleGroupReferences`.',
    },
  },
  check: (policy) =>
    judge(policy.get('FirewallPolicy'), (value) => {
      if (!isPlainObject(value)) return review(`FirewallPolicy is ${describeValue(value)}`);
      const stateful = count(value.StatefulRuleGroupReferences);
      const stateless = count(value.StatelessRuleGroupReferences);
      if (stateful === undefined || stateless === undefined) return review('the rule group references cannot be read');
      return stateful + stateless > 0 ? pass(`${stateful + stateless} rule group(s) referenced`) : fail('the firewall policy references no rule group');
    }),
});
