import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { decideNonEmpty, decideText, pass, review } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-025',
  title: 'Stateless Network Firewall rule groups contain rules',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::NetworkFirewall::RuleGroup'],
  controls: {
    configRule: 'NETFW_STATELESS_RULE_GROUP_NOT_EMPTY',
    securityHub: ['NetworkFirewall.6'],
    controlTower: ['CT.NETWORK-FIREWALL.PR.4'],
    nist80053: ['AC-4(21)', 'SC-7', 'SC-7(5)', 'SC-7(21)'],
  },
  docs: {
    description: 'An empty stateless rule group attached to a policy looks like filtering but filters nothing.',
    addressedBy: 'At least one entry in `RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules` of a `STATELESS` rule group.',
    default: 'Stateful rule groups are not checked by this rule.',
    fix: {
      cdk: 'ruleGroup: { rulesSource: { statelessRulesAndCustomActions: { statelessRules: [{ priority: 1, ruleDefinition: { ... } }] } } }',
      cloudformation: 'Add rules to `RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules`.',
    },
  },
  check(group) {
    const type = decideText(group.get('Type'), (value) => (value === undefined ? review('Type is missing') : pass(value)));
    if (type.status !== 'addressed') return type;
    const value = group.get('Type').value;
    if (typeof value !== 'string') return needsReview('Type depends on a condition', { propertyPath: 'Type' });
    if (value.toUpperCase() !== 'STATELESS') return undefined;
    return decideNonEmpty(group.get('RuleGroup.RulesSource.StatelessRulesAndCustomActions.StatelessRules'), 'the stateless rule group has no rules');
  },
});
