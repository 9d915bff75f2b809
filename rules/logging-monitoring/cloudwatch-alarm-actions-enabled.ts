import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, pass } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-017',
  title: 'CloudWatch alarm actions are enabled',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::CloudWatch::Alarm'],
  controls: {
    configRule: 'CLOUDWATCH_ALARM_ACTION_ENABLED_CHECK',
    securityHub: ['CloudWatch.17'],
    controlTower: ['CT.CLOUDWATCH.PR.4'],
    nist80053: ['AU-6(1)', 'AU-6(5)', 'CA-7', 'SI-4(12)'],
  },
  docs: {
    description: 'Disabled alarm actions silence the alarm: it changes state and nobody is told.',
    addressedBy: '`ActionsEnabled: true`, or no `ActionsEnabled` at all.',
    default: 'Absent means actions are enabled: addressed.',
    fix: {
      cdk: 'new cloudwatch.Alarm(this, id, { ..., actionsEnabled: true }) // the default',
      cloudformation: 'Remove `ActionsEnabled: false` (or set it to true) on the AWS::CloudWatch::Alarm.',
    },
  },
  check(alarm) {
    return booleanSwitch(alarm.get('ActionsEnabled'), {
      on: 'alarm actions are enabled',
      off: 'ActionsEnabled is false, so the alarm notifies nobody',
      absent: pass('alarm actions are enabled (the default)'),
    });
  },
});
