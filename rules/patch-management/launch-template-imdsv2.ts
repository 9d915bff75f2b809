import { defineRule } from '../../lib/engine/rule';
import { requireTokens } from './shared/imds';

export default defineRule({
  id: 'SRM-PAT-006',
  title: 'EC2 launch template requires IMDSv2',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    configRule: 'EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK',
    controlTower: ['CT.EC2.PR.1'],
    nist80053: ['AC-3', 'AC-6', 'CM-2'],
    cdkNag: ['NIST.800.53.R5-EC2IMDSv2Enabled', 'HIPAA.Security-EC2IMDSv2Enabled'],
  },
  docs: {
    description: 'Every instance launched from the template inherits its metadata options; IMDSv1 lets forged requests read the role\'s credentials.',
    addressedBy: '`LaunchTemplateData.MetadataOptions.HttpTokens: required`.',
    default: 'Absent, instances allow IMDSv1 unless the AMI or the account-level default requires tokens: unaddressed.',
    fix: {
      cdk: "new ec2.LaunchTemplate(this, 'Template', { ..., requireImdsv2: true })",
      cloudformation: 'Set `LaunchTemplateData.MetadataOptions.HttpTokens: required`.',
    },
  },
  check(template) {
    return requireTokens(template.get('LaunchTemplateData.MetadataOptions.HttpTokens'), 'the launch template');
  },
});
