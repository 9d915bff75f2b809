import { defineRule } from '../../lib/engine/rule';
import { judgeOverrides } from './instance-types';

export default defineRule({
  id: 'SRM-EIT-034',
  title: 'Auto Scaling group overrides only with types that encrypt traffic between instances',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  controls: {
    controlTower: ['CT.AUTOSCALING.PR.11'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'Only some Nitro types encrypt traffic between instances in hardware; one other type in the overrides leaves part of the group talking in clear text unless the application encrypts.',
    addressedBy: 'Each `MixedInstancesPolicy.LaunchTemplate.Overrides[]` entry that sets `InstanceType` names a type with automatic in-transit encryption, and each that sets `InstanceRequirements` lists only such types in `AllowedInstanceTypes`.',
    default: 'No overrides of the type: not applicable. Instance requirements without `AllowedInstanceTypes` admit any type: unaddressed. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { vpc, mixedInstancesPolicy: { launchTemplate, launchTemplateOverrides: [{ instanceType: new ec2.InstanceType('m6i.large') }] } })",
      cloudformation: 'Use types such as `m6i`, `c7g`, `r7i` in `Overrides[].InstanceType` or `InstanceRequirements.AllowedInstanceTypes`.',
    },
  },
  check(group) {
    return judgeOverrides(group, 'MixedInstancesPolicy.LaunchTemplate.Overrides', 'transit');
  },
});
