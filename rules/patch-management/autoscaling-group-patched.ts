import { defineRule } from '../../lib/engine/rule';
import { patchCoverage } from '../../lib/relations/instance-management';
import { fromLink } from './shared/support';

/**
 * Instances of a group carry the group's propagated tags and `aws:autoscaling:groupName`; an association or
 * maintenance window task must target them that way and install patches. Scan-only jobs report compliance but leave the instance unpatched.
 */
export default defineRule({
  id: 'SRM-PAT-004',
  title: 'Auto Scaling group instances are patched by Patch Manager',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  controls: {
    // No configRule: EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK evaluates AWS::SSM::PatchCompliance, not the group.
    securityHub: ['SSM.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'RA-5'],
  },
  docs: {
    description: 'Operating system patches on EC2 are the customer\'s duty. A State Manager association or a maintenance window must run Patch Manager on the instance with Operation=Install.',
    addressedBy: 'An AWS::SSM::Association or an AWS::SSM::MaintenanceWindowTask running `AWS-RunPatchBaseline`, `AWS-RunPatchBaselineWithHooks` or `AWS-RunPatchBaselineAssociation` with `Operation: Install`, targeting the launched instances by `tag:aws:autoscaling:groupName`, by a tag the group propagates at launch (or its launch template tags instances with), or by `tag-key`.',
    default: 'Nothing in the template patches the group\'s instances: unaddressed. A Quick Setup patch policy or an account-wide association outside the stack may cover it; acknowledge the result with that reason, and AWS Config (EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK) confirms it at runtime.',
    fix: {
      cdk: "new ssm.CfnAssociation(this, 'Patch', { name: 'AWS-RunPatchBaseline', parameters: { Operation: ['Install'] }, targets: [{ key: 'tag:Patch', values: ['true'] }], scheduleExpression: 'rate(7 days)' })",
      cloudformation: 'Add an AWS::SSM::Association with `Name: AWS-RunPatchBaseline`, `Parameters: {Operation: [Install]}` and `Targets` matching the instance\'s tags.',
    },
  },
  check(group) {
    return fromLink(patchCoverage(group));
  },
});
