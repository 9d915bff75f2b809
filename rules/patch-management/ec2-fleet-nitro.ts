import { defineRule } from '../../lib/engine/rule';
import { judgeFleet } from '../encryption-in-transit/fleet-overrides';

export default defineRule({
  id: 'SRM-PAT-032',
  title: 'EC2 Fleet overrides only with Nitro instance types',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::EC2Fleet'],
  controls: {
    controlTower: ['CT.EC2.PR.18'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Fleet overrides replace the launch template\'s instance type; one Xen-based type in them puts part of the fleet off the Nitro System.',
    addressedBy: 'Each `LaunchTemplateConfigs[].Overrides[]` entry that sets `InstanceType` names a Nitro type, and each that sets `InstanceRequirements` lists only Nitro types in `AllowedInstanceTypes`.',
    default: 'Configs without overrides of the type: not applicable (the launch template rule judges the template). Instance requirements without `AllowedInstanceTypes` admit previous-generation Xen types: unaddressed. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new ec2.CfnEC2Fleet(this, 'Fleet', { launchTemplateConfigs: [{ launchTemplateSpecification: spec, overrides: [{ instanceType: 'm7i.large' }] }], targetCapacitySpecification: { totalTargetCapacity: 2 } })",
      cloudformation: 'Use only Nitro types in `Overrides[].InstanceType` and `Overrides[].InstanceRequirements.AllowedInstanceTypes`.',
    },
  },
  check(fleet) {
    return judgeFleet(fleet, 'nitro');
  },
});
