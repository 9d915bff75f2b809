import { defineRule } from '../../lib/engine/rule';
import { checkWafNotEmpty } from './lib/waf-not-empty';

export default defineRule({
  id: 'SRM-NET-038',
  title: 'AWS WAF Classic global rules have at least one condition',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::WAF::Rule'],
  controls: {
    configRule: 'WAF_GLOBAL_RULE_NOT_EMPTY',
    securityHub: ['WAF.6'],
    controlTower: ['CT.WAF.PR.1'],
    nist80053: ['CA-9(1)', 'CM-2', 'SC-7'],
  },
  docs: {
    description: 'AWS operates the WAF; what it filters is the customer\'s. A rule without conditions passes traffic without inspection while looking like protection.',
    addressedBy: 'At least one entry in `Predicates`.',
    default: 'Absent or empty `Predicates`: unaddressed.',
    fix: {
      cdk: "new waf.CfnRule(this, id, { name, metricName, predicates: [{ dataId: ipSet.ref, negated: false, type: 'IPMatch' }] })",
      cloudformation: 'Add at least one entry to `Predicates` on the AWS::WAF::Rule.',
    },
  },
  check: (resource) => checkWafNotEmpty(resource, 'Predicates', 'SRM-NET-0382'),
});
