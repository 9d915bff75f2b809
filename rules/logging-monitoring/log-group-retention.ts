import { asNumber, judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/checks';

const MINIMUM_DAYS = 365;

export default defineRule({
  id: 'SRM-LOG-015',
  title: 'CloudWatch Logs log group keeps logs for at least a year',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::Logs::LogGroup'],
  controls: {
    configRule: 'CW_LOGGROUP_RETENTION_PERIOD_CHECK',
    securityHub: ['CloudWatch.16'],
    controlTower: ['CT.CLOUDWATCH.PR.2'],
    nist80053: ['AU-11', 'SI-12', 'AU-6(3)', 'AU-6(4)'],
  },
  docs: {
    description: 'Logs that expire before an incident is noticed cannot be investigated; how long to keep them is the customer\'s decision.',
    addressedBy: '`RetentionInDays` of 365 or more, or no `RetentionInDays` at all (logs never expire).',
    default: 'Absent means "never expire", which AWS Config (CW_LOGGROUP_RETENTION_PERIOD_CHECK) and CT.CLOUDWATCH.PR.2 accept: addressed. Fewer than 365 days: unaddressed.',
    fix: {
      cdk: 'new logs.LogGroup(this, id, { retention: logs.RetentionDays.ONE_YEAR })',
      cloudformation: 'Set `RetentionInDays: 365` (or more), or omit it, on the AWS::Logs::LogGroup.',
    },
  },
  check(group) {
    return judge(group.get('RetentionInDays'), (value) => {
      if (value === undefined) return pass('no retention is set, so logs never expire');
      const days = asNumber(value);
      if (days === undefined) return review('RetentionInDays is not a number');
      return days >= MINIMUM_DAYS ? pass(`logs are kept for ${days} days`) : fail(`logs are kept for only ${days} days (less than ${MINIMUM_DAYS})`);
    });
  },
});
