import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import rule from '../../../rules/logging-monitoring/wafv2-web-acl-logging';
import { testRule } from '../../support/rule-tester';

const acl = { Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'acl' } } } };
const logging = (target: unknown) => ({ Logging: { Type: 'AWS::WAFv2::LoggingConfiguration', Properties: { ResourceArn: target, LogDestinationConfigs: ['arn:aws:logs:eu-west-1:1:log-group:aws-waf-logs-a'] } } });
const webAcl = (stack: import('aws-cdk-lib').Stack) =>
  new wafv2.CfnWebACL(stack, 'Acl', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: 'acl' } });

testRule(rule, [
  { name: 'logging configuration names the ACL', resources: { ...acl, ...logging({ 'Fn::GetAtt': ['Acl', 'Arn'] }) }, expect: [{ status: 'addressed', message: /Logging/ }] },
  { name: 'no logging configuration', resources: acl, expect: 'unaddressed' },
  { name: 'logging configuration for an ACL elsewhere', resources: { ...acl, ...logging('arn:aws:wafv2:eu-west-1:1:regional/webacl/other/1') }, expect: 'unaddressed' },
  { name: 'logging configuration whose target is a parameter', parameters: { Arn: { Type: 'String' } }, resources: { ...acl, ...logging({ Ref: 'Arn' }) }, expect: 'needs-review' },
  {
    name: 'CfnWebACL with a CfnLoggingConfiguration',
    cdk: (stack) => void new wafv2.CfnLoggingConfiguration(stack, 'Logging', { resourceArn: webAcl(stack).attrArn, logDestinationConfigs: ['arn:aws:logs:eu-west-1:1:log-group:aws-waf-logs-a'] }),
    expect: 'addressed',
  },
  { name: 'CfnWebACL alone', cdk: (stack) => void webAcl(stack), expect: 'unaddressed' },
]);
