import * as waf from 'aws-cdk-lib/aws-waf';
import rule from '../../../rules/network-exposure/waf-global-web-acl-not-empty';
import { testRule } from '../../support/rule-tester';

const base = { Name: 'a', MetricName: 'a', DefaultAction: { Type: 'ALLOW' } };
const resource = (list: unknown) => ({ W: { Type: 'AWS::WAF::WebACL', Properties: { ...base, Rules: list } } });

testRule(rule, [
  { name: 'one entry', resources: resource([{ Action: { Type: 'BLOCK' }, Priority: 1, RuleId: 'rule-1' }]), expect: 'addressed' },
  { name: 'empty', resources: resource([]), expect: [{ status: 'unaddressed', on: 'W', propertyPath: 'Rules' }] },
  { name: 'absent', resources: resource(undefined), expect: 'unaddressed' },
  { name: 'from a parameter without default', parameters: { L: { Type: 'CommaDelimitedList' } }, resources: resource({ Ref: 'L' }), expect: 'needs-review' },
  { name: 'not a list', resources: resource('x'), expect: 'needs-review' },
  { name: 'CfnWebACL with an entry', cdk: (stack) => void new waf.CfnWebACL(stack, 'W', { name: 'a', metricName: 'a', defaultAction: { type: 'ALLOW' }, rules: [{ action: { type: 'BLOCK' }, priority: 1, ruleId: 'rule-1' }] }), expect: 'addressed' },
  { name: 'CfnWebACL without', cdk: (stack) => void new waf.CfnWebACL(stack, 'W', { name: 'a', metricName: 'a', defaultAction: { type: 'ALLOW' } }), expect: 'unaddressed' },
]);
