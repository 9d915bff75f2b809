import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import rule from '../../../rules/network-exposure/wafv2-web-acl-not-empty';
import { testRule } from '../../support/rule-tester';

const base = { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'm', SampledRequestsEnabled: true } };
const resource = (list: unknown) => ({ W: { Type: 'AWS::WAFv2::WebACL', Properties: { ...base, Rules: list } } });

testRule(rule, [
  { name: 'one entry', resources: resource([{ Name: 'common', Priority: 0, OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'm', SampledRequestsEnabled: true } }]), expect: 'addressed' },
  { name: 'empty', resources: resource([]), expect: [{ status: 'unaddressed', on: 'W', propertyPath: 'Rules' }] },
  { name: 'absent', resources: resource(undefined), expect: 'unaddressed' },
  { name: 'from a parameter without default', parameters: { L: { Type: 'CommaDelimitedList' } }, resources: resource({ Ref: 'L' }), expect: 'needs-review' },
  { name: 'not a list', resources: resource('x'), expect: 'needs-review' },
  { name: 'CfnWebACL with an entry', cdk: (stack) => void new wafv2.CfnWebACL(stack, 'W', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true }, rules: [{ name: 'common', priority: 0, overrideAction: { none: {} }, statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } }, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true } }] }), expect: 'addressed' },
  { name: 'CfnWebACL without', cdk: (stack) => void new wafv2.CfnWebACL(stack, 'W', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'm', sampledRequestsEnabled: true } }), expect: 'unaddressed' },
]);
