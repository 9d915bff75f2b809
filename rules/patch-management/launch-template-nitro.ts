import { defineRule, type Finding } from '../../lib/engine/rule';
import { judgeInstanceType, judgeRequirements } from '../encryption-in-transit/instance-types';

export default defineRule({
  id: 'SRM-PAT-030',
  title: 'EC2 launch template uses Nitro instance types',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    controlTower: ['CT.EC2.PR.15'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Every instance launched from the template gets its type; Xen-based previous-generation types lack the Nitro System\'s hardware-verified, locked-down virtualization.',
    addressedBy: '`LaunchTemplateData.InstanceType` is a Nitro type, and `LaunchTemplateData.InstanceRequirements.AllowedInstanceTypes` lists only Nitro types or families (e.g. `m7i.*`).',
    default: 'A template that sets neither leaves the type to whoever launches from it: not applicable here (the instance, fleet and Auto Scaling rules judge it). Instance requirements without `AllowedInstanceTypes` admit previous-generation Xen types: unaddressed. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new ec2.LaunchTemplate(this, 'Template', { instanceType: new ec2.InstanceType('m7i.large'), ... })",
      cloudformation: 'Set `LaunchTemplateData.InstanceType` to a Nitro type, or list only Nitro types in `InstanceRequirements.AllowedInstanceTypes`.',
    },
  },
  check(template) {
    const findings: Finding[] = [];
    const type = template.get('LaunchTemplateData.InstanceType');
    if (type.value !== undefined) findings.push(judgeInstanceType(type, 'nitro', { review: 'no type' }, 'instance-type'));
    if (template.get('LaunchTemplateData.InstanceRequirements').value !== undefined) {
      findings.push(judgeRequirements(template, 'LaunchTemplateData.InstanceRequirements', 'nitro', 'instance-requirements'));
    }
    return findings.length > 0 ? findings : undefined;
  },
});
