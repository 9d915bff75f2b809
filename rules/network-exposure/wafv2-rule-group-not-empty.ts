import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-041',
  title: 'AWS WAF rule groups have at least one rule',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAFv2::RuleGroup'],
  controls: {
    configRule: 'WAFV2_RULEGROUP_NOT_EMPTY',
    controlTower: ['CT.WAFV2.PR.2'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A rule group without rules passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Rules`.',
    default: 'Absent or empty `Rules`: unaddressed.',
    fix: {
      cdk: "new wafv2.CfnRuleGroup(this, id, { scope: 'REGIONAL', capacity: 10, rules: [{ name, priority: 0, action: { block: {} }, statement, visibilityConfig }], visibilityConfig })",
      cloudformation: 'Add at least one entry to `Rules` on the AWS::WAFv2::RuleGroup.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Rules', 'SRM-NET-0412'),
});
