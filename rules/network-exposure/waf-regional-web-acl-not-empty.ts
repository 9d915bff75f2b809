import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-037',
  title: 'AWS WAF Classic regional web ACLs have at least one rule',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAFRegional::WebACL'],
  controls: {
    configRule: 'WAF_REGIONAL_WEBACL_NOT_EMPTY',
    securityHub: ['WAF.4'],
    controlTower: ['CT.WAF-REGIONAL.PR.2'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A web ACL without rules passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Rules`.',
    default: 'Absent or empty `Rules`: unaddressed.',
    fix: {
      cdk: "new wafregional.CfnWebACL(this, id, { name, metricName, defaultAction: { type: 'ALLOW' }, rules: [{ action: { type: 'BLOCK' }, priority: 1, ruleId: rule.ref }] })",
      cloudformation: 'Add at least one entry to `Rules` on the AWS::WAFRegional::WebACL.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Rules', 'SRM-NET-0372'),
});
