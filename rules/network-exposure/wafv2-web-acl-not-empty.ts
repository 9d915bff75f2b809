import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-040',
  title: 'AWS WAF web ACLs have at least one rule or rule group',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAFv2::WebACL'],
  controls: {
    configRule: 'WAFV2_WEBACL_NOT_EMPTY',
    securityHub: ['WAF.10'],
    controlTower: ['CT.WAFV2.PR.1'],
    nist80053: ['AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A web ACL without rules passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Rules`.',
    default: 'Absent or empty `Rules`: unaddressed.',
    fix: {
      cdk: "new wafv2.CfnWebACL(this, id, { scope: 'REGIONAL', defaultAction: { allow: {} }, rules: [{ name: 'common', priority: 0, statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } }, overrideAction: { none: {} }, visibilityConfig }], visibilityConfig })",
      cloudformation: 'Add at least one entry to `Rules` on the AWS::WAFv2::WebACL.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Rules', 'SRM-NET-0402'),
});
