import { defineRule } from '../../lib/engine/rule';
import { ssmManagement } from '../../lib/relations/instance-management';
import { fromLink } from './shared/support';

/** Same chain as SRM-PAT-001, starting from the group's launch template or launch configuration. */
export default defineRule({
  id: 'SRM-PAT-002',
  title: 'Auto Scaling group instances can be managed by Systems Manager',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  controls: {
    // No configRule: EC2_INSTANCE_MANAGED_BY_SSM evaluates AWS::EC2::Instance and AWS::SSM::ManagedInstanceInventory, not the group.
    securityHub: ['SSM.1'],
    nist80053: ['CM-2', 'CM-8', 'SI-2'],
  },
  docs: {
    description: 'Instances an Auto Scaling group launches are the customer\'s to patch; Systems Manager can only reach them if their role lets the SSM Agent register.',
    addressedBy: 'The launch template (`LaunchTemplateData.IamInstanceProfile`) or launch configuration (`IamInstanceProfile`) names an instance profile whose role has `AmazonSSMManagedInstanceCore` or allows `ssm:UpdateInstanceInformation`.',
    default: 'No instance profile: the agent cannot register (unless Default Host Management Configuration is on in the account): unaddressed.',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., role }) with role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore'))",
      cloudformation: 'Give the launch template an `IamInstanceProfile` whose role has the `AmazonSSMManagedInstanceCore` managed policy.',
    },
  },
  check(group) {
    return fromLink(ssmManagement(group));
  },
});
