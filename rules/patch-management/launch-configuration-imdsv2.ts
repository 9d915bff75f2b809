import { defineRule } from '../../lib/engine/rule';
import { requireTokens } from './shared/imds';

export default defineRule({
  id: 'SRM-PAT-007',
  title: 'Auto Scaling launch configuration requires IMDSv2',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  controls: {
    configRule: 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2',
    securityHub: ['AutoScaling.3'],
    controlTower: ['CT.AUTOSCALING.PR.2'],
    nist80053: ['AC-3', 'AC-6', 'CM-2'],
    cdkNag: ['NIST.800.53.R5-EC2IMDSv2Enabled', 'HIPAA.Security-EC2IMDSv2Enabled'],
  },
  docs: {
    description: 'Instances launched from the configuration inherit its metadata options; IMDSv1 lets forged requests read the role\'s credentials.',
    addressedBy: '`MetadataOptions.HttpTokens: required`.',
    default: 'Absent, instances allow IMDSv1 unless the AMI or the account-level default requires tokens: unaddressed.',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., requireImdsv2: true }) // better: use a launch template",
      cloudformation: 'Set `MetadataOptions.HttpTokens: required` on the AWS::AutoScaling::LaunchConfiguration.',
    },
  },
  check(configuration) {
    return requireTokens(configuration.get('MetadataOptions.HttpTokens'), 'the launch configuration');
  },
});
