import * as wafregional from 'aws-cdk-lib/aws-wafregional';
import rule from '../../../rules/network-exposure/waf-regional-rule-not-empty';
import { testRule } from '../../support/rule-tester';

const base = { Name: 'r', MetricName: 'r' };
const resource = (list: unknown) => ({ W: { Type: 'AWS::WAFRegional::Rule', Properties: { ...base, Predicates: list } } });

testRule(rule, [
  { name: 'one entry', resources: resource([{ DataId: 'ipset-1', Negated: false, Type: 'IPMatch' }]), expect: 'addressed' },
  { name: 'empty', resources: resource([]), expect: [{ status: 'unaddressed', on: 'W', propertyPath: 'Predicates' }] },
  { name: 'absent', resources: resource(undefined), expect: 'unaddressed' },
  { name: 'from a parameter without default', parameters: { L: { Type: 'CommaDelimitedList' } }, resources: resource({ Ref: 'L' }), expect: 'needs-review' },
  { name: 'not a list', resources: resource('x'), expect: 'needs-review' },
  { name: 'CfnRule with an entry', cdk: (stack) => void new wafregional.CfnRule(stack, 'W', { name: 'r', metricName: 'r', predicates: [{ dataId: 'ipset-1', negated: false, type: 'IPMatch' }] }), expect: 'addressed' },
  { name: 'CfnRule without', cdk: (stack) => void new wafregional.CfnRule(stack, 'W', { name: 'r', metricName: 'r' }), expect: 'unaddressed' },
]);
