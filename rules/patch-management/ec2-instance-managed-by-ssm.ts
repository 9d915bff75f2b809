import { defineRule } from '../../lib/engine/rule';
import { ssmManagement } from '../../lib/relations/instance-management';
import { fromLink } from './shared/support';

/**
 * Follows instance → instance profile → role → `AmazonSSMManagedInstanceCore` (or any policy that
 * allows `ssm:UpdateInstanceInformation`). A profile or role defined outside the template is
 * reviewed, never assumed to be right.
 */
export default defineRule({
  id: 'SRM-PAT-001',
  title: 'EC2 instance can be managed by Systems Manager',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'EC2_INSTANCE_MANAGED_BY_SSM',
    securityHub: ['SSM.1'],
    nist80053: ['CM-2', 'CM-8', 'SI-2'],
  },
  docs: {
    description: 'On EC2 the customer patches the operating system. Systems Manager can only inventory and patch an instance whose role lets the SSM Agent register it.',
    addressedBy: 'An `IamInstanceProfile` (on the instance or its launch template) whose role has the AWS managed policy `AmazonSSMManagedInstanceCore`, or a policy allowing `ssm:UpdateInstanceInformation`.',
    default: 'Without an instance profile the agent cannot register, unless the account enables Default Host Management Configuration (which no template shows): unaddressed; acknowledge it if DHMC is on.',
    fix: {
      cdk: "new ec2.Instance(this, 'Host', { ..., ssmSessionPermissions: true }) // or role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore'))",
      cloudformation: 'Attach an AWS::IAM::InstanceProfile whose role lists `arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore` in `ManagedPolicyArns`.',
    },
  },
  check(instance) {
    return fromLink(ssmManagement(instance), 'IamInstanceProfile');
  },
});
