import { defineRule } from '../../lib/engine/rule';
import { judgeOverrides } from '../encryption-in-transit/instance-types';

export default defineRule({
  id: 'SRM-PAT-033',
  title: 'Auto Scaling group overrides only with Nitro instance types',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  controls: {
    controlTower: ['CT.AUTOSCALING.PR.10'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'A mixed instances policy\'s overrides replace the launch template\'s type; one Xen-based type puts part of the group off the Nitro System.',
    addressedBy: 'Each `MixedInstancesPolicy.LaunchTemplate.Overrides[]` entry that sets `InstanceType` names a Nitro type, and each that sets `InstanceRequirements` lists only Nitro types in `AllowedInstanceTypes`.',
    default: 'No overrides of the type: not applicable (the launch template rule judges the template). Instance requirements without `AllowedInstanceTypes` admit previous-generation Xen types: unaddressed. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { vpc, mixedInstancesPolicy: { launchTemplate, launchTemplateOverrides: [{ instanceType: new ec2.InstanceType('m7i.large') }] } })",
      cloudformation: 'Use only Nitro types in `Overrides[].InstanceType` and `Overrides[].InstanceRequirements.AllowedInstanceTypes`.',
    },
  },
  check(group) {
    return judgeOverrides(group, 'MixedInstancesPolicy.LaunchTemplate.Overrides', 'nitro');
  },
});
