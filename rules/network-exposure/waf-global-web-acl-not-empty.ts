import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-039',
  title: 'AWS WAF Classic global web ACLs have at least one rule',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAF::WebACL'],
  controls: {
    configRule: 'WAF_GLOBAL_WEBACL_NOT_EMPTY',
    securityHub: ['WAF.8'],
    controlTower: ['CT.WAF.PR.2'],
    nist80053: ['AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A web ACL without rules passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Rules`.',
    default: 'Absent or empty `Rules`: unaddressed.',
    fix: {
      cdk: "new waf.CfnWebACL(this, id, { name, metricName, defaultAction: { type: 'ALLOW' }, rules: [{ action: { type: 'BLOCK' }, priority: 1, ruleId: rule.ref }] })",
      cloudformation: 'Add at least one entry to `Rules` on the AWS::WAF::WebACL.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Rules', 'SRM-NET-0392'),
});
