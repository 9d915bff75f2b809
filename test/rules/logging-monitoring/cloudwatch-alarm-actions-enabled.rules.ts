import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import rule from '../../../rules/logging-monitoring/cloudwatch-alarm-actions-enabled';
import { testRule } from '../../support/rule-tester';

const alarm = (properties: object) => ({ Alarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1, Threshold: 1, MetricName: 'Errors', Namespace: 'AWS/Lambda', Period: 60, Statistic: 'Sum', ...properties } } });
const metric = new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName: 'Errors' });

testRule(rule, [
  { name: 'absent means enabled', resources: alarm({}), expect: 'addressed' },
  { name: 'explicitly enabled', resources: alarm({ ActionsEnabled: true }), expect: 'addressed' },
  { name: 'disabled', resources: alarm({ ActionsEnabled: false }), expect: [{ status: 'unaddressed', message: /notifies nobody/ }] },
  { name: 'from a parameter without default', parameters: { On: { Type: 'String' } }, resources: alarm({ ActionsEnabled: { Ref: 'On' } }), expect: 'needs-review' },
  { name: 'Alarm defaults', cdk: (stack) => void new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 }), expect: 'addressed' },
  { name: 'Alarm with actions disabled', cdk: (stack) => void new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1, actionsEnabled: false }), expect: 'unaddressed' },
]);
