import * as logs from 'aws-cdk-lib/aws-logs';
import rule from '../../../rules/logging-monitoring/log-group-retention';
import { testRule } from '../../support/rule-tester';

const group = (properties: object) => ({ Group: { Type: 'AWS::Logs::LogGroup', Properties: properties } });

testRule(rule, [
  { name: 'one year', resources: group({ RetentionInDays: 365 }), expect: 'addressed' },
  { name: 'never expire (absent)', resources: group({}), expect: [{ status: 'addressed', message: /never expire/ }] },
  { name: 'a week', resources: group({ RetentionInDays: 7 }), expect: [{ status: 'unaddressed', message: /only 7 days/ }] },
  { name: 'retention from a parameter without default', parameters: { Days: { Type: 'Number' } }, resources: group({ RetentionInDays: { Ref: 'Days' } }), expect: 'needs-review' },
  { name: 'retention as text', resources: group({ RetentionInDays: 'forever' }), expect: 'needs-review' },
  { name: 'LogGroup defaults (two years)', cdk: (stack) => void new logs.LogGroup(stack, 'Group'), expect: 'addressed' },
  { name: 'LogGroup kept a month', cdk: (stack) => void new logs.LogGroup(stack, 'Group', { retention: logs.RetentionDays.ONE_MONTH }), expect: 'unaddressed' },
]);
