import { defineRule } from '../../lib/engine/rule';
import { patchCoverage } from '../../lib/relations/instance-management';
import { fromLink } from './shared/support';

/**
 * An association or maintenance window task must target the instance (by reference, tag or tag key)
 * and install patches. Scan-only jobs report compliance but leave the instance unpatched.
 */
export default defineRule({
  id: 'SRM-PAT-003',
  title: 'EC2 instance is patched by Patch Manager',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    // No configRule: EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK evaluates AWS::SSM::PatchCompliance, not the instance.
    securityHub: ['SSM.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'RA-5'],
  },
  docs: {
    description: 'Operating system patches on EC2 are the customer\'s duty. A State Manager association or a maintenance window must run Patch Manager on the instance with Operation=Install.',
    addressedBy: 'An AWS::SSM::Association (or the instance\'s `SsmAssociations`) or an AWS::SSM::MaintenanceWindowTask running `AWS-RunPatchBaseline`, `AWS-RunPatchBaselineWithHooks` or `AWS-RunPatchBaselineAssociation` with `Operation: Install`, targeting the instance by `InstanceIds`, `tag:<key>` or `tag-key`.',
    default: 'Nothing in the template patches the instance: unaddressed. A Quick Setup patch policy or an account-wide association outside the stack may cover it; acknowledge the result with that reason, and AWS Config (EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK) confirms it at runtime.',
    fix: {
      cdk: "new ssm.CfnAssociation(this, 'Patch', { name: 'AWS-RunPatchBaseline', parameters: { Operation: ['Install'] }, targets: [{ key: 'tag:Patch', values: ['true'] }], scheduleExpression: 'rate(7 days)' })",
      cloudformation: 'Add an AWS::SSM::Association with `Name: AWS-RunPatchBaseline`, `Parameters: {Operation: [Install]}` and `Targets` matching the instance\'s tags.',
    },
  },
  check(instance) {
    return fromLink(patchCoverage(instance));
  },
});
