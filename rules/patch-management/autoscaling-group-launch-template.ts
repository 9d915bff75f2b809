import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';

/**
 * Launch configurations get no new EC2 features (current instance types, newer metadata options)
 * and AWS has stopped adding them; launch templates keep the fleet on patched, current settings.
 */
export default defineRule({
  id: 'SRM-PAT-010',
  title: 'Auto Scaling group uses a launch template',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  controls: {
    configRule: 'AUTOSCALING_LAUNCH_TEMPLATE',
    securityHub: ['AutoScaling.9'],
    controlTower: ['CT.AUTOSCALING.PR.8'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'Launch configurations are legacy: they cannot use newer instance types or settings, so fleets built on them drift from current, patched configurations.',
    addressedBy: '`LaunchTemplate` or `MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification` with a launch template id or name.',
    default: 'A group with `LaunchConfigurationName` or `InstanceId` instead: unaddressed.',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { vpc, launchTemplate: new ec2.LaunchTemplate(this, 'Template', { ... }) })",
      cloudformation: 'Replace `LaunchConfigurationName` with `LaunchTemplate: { LaunchTemplateId, Version }`.',
    },
  },
  check(group) {
    const direct = group.get('LaunchTemplate');
    const mixed = group.get('MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification');
    const spec = direct.value !== undefined ? direct : mixed;
    if (spec.value === undefined) {
      const configuration = group.get('LaunchConfigurationName').value;
      return judge({ path: 'LaunchTemplate', value: undefined }, () => ({
        ok: false,
        message: configuration !== undefined ? 'the group launches from a launch configuration, not a launch template' : 'the group names no launch template',
      }));
    }
    return judge(spec, (value) => {
      const ok = isPlainObject(value) && (value.LaunchTemplateId !== undefined || value.LaunchTemplateName !== undefined);
      return ok ? { ok, message: 'the group launches from a launch template' } : { ok, message: 'the launch template specification names no template' };
    });
  },
});
