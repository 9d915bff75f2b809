import { defineRule } from '../../lib/engine/rule';
import { requireSingleHop } from './shared/imds';

export default defineRule({
  id: 'SRM-PAT-009',
  title: 'Auto Scaling launch configuration limits the metadata token to one hop',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  controls: {
    configRule: 'AUTOSCALING_LAUNCH_CONFIG_HOP_LIMIT',
    securityHub: ['AutoScaling.4'],
    controlTower: ['CT.AUTOSCALING.PR.3'],
    nist80053: ['CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'A hop limit above 1 lets the IMDSv2 token response travel beyond the instance.',
    addressedBy: '`MetadataOptions.HttpPutResponseHopLimit` absent or 1.',
    default: 'Absent, CloudFormation leaves the hop limit at 1: addressed.',
    fix: {
      cdk: 'Prefer a launch template: `new ec2.LaunchTemplate(this, id, { httpPutResponseHopLimit: 1, ... })`.',
      cloudformation: 'Set `MetadataOptions.HttpPutResponseHopLimit: 1`, or remove it.',
    },
  },
  check(configuration) {
    return requireSingleHop(configuration.get('MetadataOptions.HttpPutResponseHopLimit'), 'the launch configuration');
  },
});
