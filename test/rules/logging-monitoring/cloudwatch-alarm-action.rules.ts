import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import rule from '../../../rules/logging-monitoring/cloudwatch-alarm-action';
import { testRule } from '../../support/rule-tester';

const alarm = (properties: object) => ({ Alarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1, Threshold: 1, MetricName: 'Errors', Namespace: 'AWS/Lambda', Period: 60, Statistic: 'Sum', ...properties } } });
const metric = new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName: 'Errors' });

testRule(rule, [
  { name: 'alarm action', resources: alarm({ AlarmActions: ['arn:aws:sns:eu-west-1:1:alerts'] }), expect: 'addressed' },
  { name: 'no alarm action', resources: alarm({}), expect: 'unaddressed' },
  { name: 'actions from a parameter', parameters: { Topics: { Type: 'CommaDelimitedList' } }, resources: alarm({ AlarmActions: { Ref: 'Topics' } }), expect: 'needs-review' },
  {
    name: 'Alarm with an SNS action',
    cdk: (stack) => new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 }).addAlarmAction(new actions.SnsAction(new sns.Topic(stack, 'Topic'))),
    expect: 'addressed',
  },
  { name: 'Alarm without actions', cdk: (stack) => void new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 }), expect: 'unaddressed' },
]);
