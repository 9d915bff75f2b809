import { defineRule } from '../../lib/engine/rule';
import { launchTemplateOf } from '../../lib/relations/instance-management';
import { missingSource, requireTokens } from './shared/imds';

/**
 * The instance's own `MetadataOptions` win over its launch template's; CDK's `requireImdsv2` puts
 * the setting on a launch template the instance names.
 */
export default defineRule({
  id: 'SRM-PAT-005',
  title: 'EC2 instance requires IMDSv2',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'EC2_IMDSV2_CHECK',
    securityHub: ['EC2.8'],
    nist80053: ['AC-3', 'AC-6', 'CM-2'],
    cdkNag: ['NIST.800.53.R5-EC2IMDSv2Enabled', 'HIPAA.Security-EC2IMDSv2Enabled'],
  },
  docs: {
    description: 'The instance metadata service hands out the instance role\'s credentials. IMDSv1 answers any request, including ones forged through an SSRF flaw in the customer\'s software; IMDSv2 requires a session token.',
    addressedBy: '`MetadataOptions.HttpTokens: required` on the instance, or on the launch template it is launched from.',
    default: 'Absent, EC2 allows IMDSv1 unless the AMI is marked `ImdsSupport: v2.0` or the account-level metadata default requires tokens, neither of which the template shows: unaddressed.',
    fix: {
      cdk: "new ec2.Instance(this, 'Host', { ..., requireImdsv2: true })",
      cloudformation: 'Set `MetadataOptions: { HttpTokens: required }` on the AWS::EC2::Instance (or `LaunchTemplateData.MetadataOptions.HttpTokens` on its launch template).',
    },
  },
  check(instance) {
    const own = instance.get('MetadataOptions.HttpTokens');
    if (own.value !== undefined) return requireTokens(own, 'the instance');
    const template = launchTemplateOf(instance);
    if (!template) return requireTokens(own, 'the instance');
    if (!template.resource) return missingSource(`the instance's launch template cannot be read: ${template.unresolved}`);
    return requireTokens(template.resource.get('LaunchTemplateData.MetadataOptions.HttpTokens'), `launch template ${template.resource.logicalId}`);
  },
});
