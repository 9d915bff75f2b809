import { defineRule } from '../../lib/engine/rule';
import { requireSingleHop } from './shared/imds';

export default defineRule({
  id: 'SRM-PAT-008',
  title: 'EC2 launch template limits the metadata token to one hop',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    controlTower: ['CT.EC2.PR.2'],
    nist80053: ['CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'A hop limit above 1 lets the IMDSv2 token response travel beyond the instance, for example to containers or through a misconfigured proxy.',
    addressedBy: '`LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit` absent or 1.',
    default: 'Absent, CloudFormation leaves the hop limit at 1: addressed (the Control Tower control treats it the same way).',
    fix: {
      cdk: "new ec2.LaunchTemplate(this, 'Template', { ..., httpPutResponseHopLimit: 1 })",
      cloudformation: 'Set `LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit: 1`, or remove it.',
    },
  },
  check(template) {
    return requireSingleHop(template.get('LaunchTemplateData.MetadataOptions.HttpPutResponseHopLimit'), 'the launch template');
  },
});
