import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-019',
  title: 'EC2 launch template turns on detailed monitoring',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    controlTower: ['CT.EC2.PR.10'],
    nist80053: ['CA-7', 'SI-4'],
  },
  docs: {
    description: 'Instances report metrics every five minutes by default; one-minute metrics let the customer see and alarm on trouble in time.',
    addressedBy: '`LaunchTemplateData.Monitoring.Enabled: true`.',
    default: 'Absent means basic (five-minute) monitoring: unaddressed.',
    fix: {
      cdk: 'new ec2.CfnLaunchTemplate(this, id, { launchTemplateData: { monitoring: { enabled: true }, ... } })',
      cloudformation: 'Set `LaunchTemplateData.Monitoring.Enabled: true` on the AWS::EC2::LaunchTemplate.',
    },
  },
  check(template) {
    return booleanSwitch(template.get('LaunchTemplateData.Monitoring.Enabled'), {
      on: 'instances launched from the template have detailed monitoring',
      off: 'Monitoring.Enabled is false, so instances get only five-minute metrics',
      absent: fail('detailed monitoring is not enabled, so instances get only five-minute metrics'),
    });
  },
});
