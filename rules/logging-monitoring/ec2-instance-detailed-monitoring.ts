import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-020',
  title: 'EC2 instance has detailed monitoring',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'EC2_INSTANCE_DETAILED_MONITORING_ENABLED',
    controlTower: ['CT.EC2.PR.13'],
    nist80053: ['CA-7', 'SI-2'],
    cdkNag: ['AwsSolutions-EC28'],
  },
  docs: {
    description: 'Instances report metrics every five minutes by default; one-minute metrics let the customer see and alarm on trouble in time.',
    addressedBy: '`Monitoring: true`.',
    default: 'Absent means basic (five-minute) monitoring: unaddressed.',
    fix: {
      cdk: 'new ec2.Instance(this, id, { ..., detailedMonitoring: true })',
      cloudformation: 'Set `Monitoring: true` on the AWS::EC2::Instance.',
    },
  },
  check(instance) {
    return booleanSwitch(instance.get('Monitoring'), {
      on: 'detailed monitoring is on',
      off: 'Monitoring is false, so the instance reports only five-minute metrics',
      absent: fail('detailed monitoring is not enabled, so the instance reports only five-minute metrics'),
    });
  },
});
