import { runtime } from '../../lib/engine/findings';
import { defineStackRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';

/** Resource types that create EBS volumes whose encryption can fall back to the account default. */
const EBS_BACKED = ['AWS::EC2::Instance', 'AWS::EC2::Volume', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EKS::Nodegroup', 'AWS::EMR::Cluster', 'AWS::Batch::ComputeEnvironment'];
const SHOWN = 5;

export default defineStackRule({
  id: 'SRM-EAR-035',
  title: 'EBS encryption by default is turned on in the account and region',
  duty: 'encryption-at-rest',
  severity: 'medium',
  controls: {
    configRule: 'EC2_EBS_ENCRYPTION_BY_DEFAULT',
    securityHub: ['EC2.7'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Root volumes from AMIs and volumes whose template does not say `Encrypted` are encrypted only if the account turns on EBS encryption by default in the region: an account setting no template shows.',
    addressedBy: 'The account-level setting (`aws ec2 enable-ebs-encryption-by-default`), checked at runtime by the AWS Config rule EC2_EBS_ENCRYPTION_BY_DEFAULT. Reported once per stack that creates EBS-backed resources.',
    default: 'The setting is off in a new account and region: a runtime duty.',
    fix: {
      cdk: 'Not a CDK property: turn it on once per account and region (`aws ec2 enable-ebs-encryption-by-default`), or encrypt every volume explicitly.',
      cloudformation: 'Not a template property: turn on EBS encryption by default in the account and region, and deploy the AWS Config rule EC2_EBS_ENCRYPTION_BY_DEFAULT to watch it.',
    },
  },
  check(stack) {
    const ids = EBS_BACKED.flatMap((type) => stack.resourcesOfType(type).map((resource) => resource.logicalId));
    if (ids.length === 0) return undefined;
    const region = stack.environment.region ?? 'the region the stack deploys to';
    const listed = ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : '');
    return runtime(
      `EBS encryption by default must be turned on for the account in ${region}: the stack creates EBS-backed resources (${listed}). AWS Config rule EC2_EBS_ENCRYPTION_BY_DEFAULT settles it at runtime.`,
      { evidence: ids.slice(0, SHOWN).map((logicalId) => ({ description: `${logicalId} creates EBS volumes`, logicalId })) },
    );
  },
});
