import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import rule from '../../../rules/network-exposure/network-firewall-stateless-rule-group-not-empty';
import { testRule } from '../../support/rule-tester';

const statelessRule = { Priority: 1, RuleDefinition: { Actions: ['aws:drop'], MatchAttributes: { Sources: [{ AddressDefinition: '0.0.0.0/0' }] } } };
const group = (type: unknown, rules?: unknown) => ({
  G: { Type: 'AWS::NetworkFirewall::RuleGroup', Properties: { RuleGroupName: 'g', Capacity: 10, Type: type, RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: rules } } } } },
});
const cfn = (rules: networkfirewall.CfnRuleGroup.StatelessRuleProperty[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new networkfirewall.CfnRuleGroup(stack, 'G', { ruleGroupName: 'g', capacity: 10, type: 'STATELESS', ruleGroup: { rulesSource: { statelessRulesAndCustomActions: { statelessRules: rules } } } });

testRule(rule, [
  { name: 'stateless with a rule', resources: group('STATELESS', [statelessRule]), expect: 'addressed' },
  { name: 'stateless and empty', resources: group('STATELESS', []), expect: 'unaddressed' },
  { name: 'stateful group', resources: group('STATEFUL'), expect: [] },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: group({ Ref: 'T' }, []), expect: 'needs-review' },
  { name: 'CfnRuleGroup with a rule', cdk: cfn([{ priority: 1, ruleDefinition: { actions: ['aws:drop'], matchAttributes: { sources: [{ addressDefinition: '0.0.0.0/0' }] } } }]), expect: 'addressed' },
  { name: 'CfnRuleGroup empty', cdk: cfn([]), expect: 'unaddressed' },
]);
