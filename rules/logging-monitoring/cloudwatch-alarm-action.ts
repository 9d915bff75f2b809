import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-016',
  title: 'CloudWatch alarm has an action for the ALARM state',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::CloudWatch::Alarm'],
  controls: {
    configRule: 'CLOUDWATCH_ALARM_ACTION_CHECK',
    securityHub: ['CloudWatch.15'],
    controlTower: ['CT.CLOUDWATCH.PR.1'],
    nist80053: ['AU-6(1)', 'AU-6(5)', 'CA-7', 'IR-4(1)', 'SI-4(12)'],
  },
  docs: {
    description: 'An alarm nobody is told about does not help the customer respond; its action is what reaches people or automation.',
    addressedBy: '`AlarmActions` with at least one action (an SNS topic, Auto Scaling, EC2 or Systems Manager action).',
    default: 'Absent means the alarm changes state silently: unaddressed.',
    fix: {
      cdk: 'alarm.addAlarmAction(new cloudwatch_actions.SnsAction(topic))',
      cloudformation: 'Set `AlarmActions: [<SNS topic ARN>]` on the AWS::CloudWatch::Alarm.',
    },
  },
  check(alarm) {
    return judge(alarm.get('AlarmActions'), (value) => {
      const actions = listOf(value);
      if (actions instanceof Unresolved) return review(`AlarmActions cannot be read: ${actions.reason}`);
      return actions.length > 0 ? pass(`${actions.length} action(s) run when the alarm fires`) : fail('the alarm has no action for the ALARM state');
    });
  },
});
