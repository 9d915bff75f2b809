import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-036',
  title: 'AWS WAF Classic regional rules have at least one condition',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAFRegional::Rule'],
  controls: {
    configRule: 'WAF_REGIONAL_RULE_NOT_EMPTY',
    securityHub: ['WAF.2'],
    controlTower: ['CT.WAF-REGIONAL.PR.1'],
    nist80053: ['AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A rule without conditions passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Predicates`.',
    default: 'Absent or empty `Predicates`: unaddressed.',
    fix: {
      cdk: "new wafregional.CfnRule(this, id, { name, metricName, predicates: [{ dataId: ipSet.ref, negated: false, type: 'IPMatch' }] })",
      cloudformation: 'Add at least one entry to `Predicates` on the AWS::WAFRegional::Rule.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Predicates', 'SRM-NET-0362'),
});
