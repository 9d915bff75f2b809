import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import rule from '../../../rules/network-exposure/wafv2-rule-group-not-empty';
import { testRule } from '../../support/rule-tester';

const base = { Scope: 'REGIONAL', Capacity: 10, VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'm', SampledRequestsEnabled: true } };
const resource = (list: unknown) => ({ W: { Type: 'AWS::WAFv2::RuleGroup', Properties: { ...base, Rules: list } } });

testRule(rule, [
  { name: 'one entry', resources: resource([{ Name: 'geo', Priority: 0, Action: { Block: {} }, Statement: { GeoMatchStatement: { CountryCodes: ['KP'] } }, VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'm', SampledRequestsEnabled: true } }]), expect: 'addressed' },
  { name: 'empty', resources: resource([]), expect: [{ status: 'unaddressed', on: 'W', propertyPath: 'Rules' }] },
  { name: 'absent', resources: resource(undefined), expect: 'unaddressed' },
  { name: 'from a parameter without default', parameters: { L: { Type: 'CommaDelimitedList' } }, resources: resource({ Ref: 'L' }), expect: 'needs-review' },
  { name: 'not a list', resources: resource('x'), expect: 'needs-review' },
  { name: 'CfnRuleGroup with an entry', cdk: (stack) => void new wafv2.CfnRuleGroup(stack, 'W', { scope: 'REGIONAL', capacity: 10, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true }, rules: [{ name: 'geo', priority: 0, action: { block: {} }, statement: { geoMatchStatement: { countryCodes: ['KP'] } }, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true } }] }), expect: 'addressed' },
  { name: 'CfnRuleGroup without', cdk: (stack) => void new wafv2.CfnRuleGroup(stack, 'W', { scope: 'REGIONAL', capacity: 10, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true } }), expect: 'unaddressed' },
]);
