import { defineRule } from '../../lib/engine/rule';
import { judgeFleet } from './fleet-overrides';

export default defineRule({
  id: 'SRM-EIT-033',
  title: 'EC2 Fleet overrides only with types that encrypt traffic between instances',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::EC2Fleet'],
  controls: {
    controlTower: ['CT.EC2.PR.20'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Only some Nitro types encrypt traffic between instances in hardware; one other type in the overrides leaves part of the fleet talking in clear text unless the application encrypts.',
    addressedBy: 'Each override that sets `InstanceType` names a type with automatic in-transit encryption; each that sets `InstanceRequirements` lists only such types in `AllowedInstanceTypes` or sets `RequireEncryptionInTransit: true`.',
    default: '`RequireEncryptionInTransit` defaults to false and instance requirements without `AllowedInstanceTypes` admit any type: unaddressed. Configs without type overrides: not applicable. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new ec2.CfnEC2Fleet(this, 'Fleet', { launchTemplateConfigs: [{ launchTemplateSpecification: spec, overrides: [{ instanceRequirements: { vCpuCount: { min: 2 }, memoryMiB: { min: 4096 }, requireEncryptionInTransit: true } }] }], targetCapacitySpecification: { totalTargetCapacity: 2 } })",
      cloudformation: 'Use types such as `m6i`, `c7g`, `r7i` in the overrides, or set `InstanceRequirements.RequireEncryptionInTransit: true`.',
    },
  },
  check(fleet) {
    return judgeFleet(fleet, 'transit');
  },
});
