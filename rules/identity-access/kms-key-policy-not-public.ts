import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { parsePolicyDocument } from '../../lib/relations/policy-documents';
import { publicPolicyFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-009',
  title: 'KMS key policies do not allow every principal',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::KMS::Key'],
  controls: {
    nist80053: ['AC-3', 'AC-6', 'SC-12'],
  },
  docs: {
    description: 'A key policy is the primary control over who may use a KMS key; an Allow to `Principal: "*"` without a condition lets any AWS account use or manage it.',
    addressedBy: '`KeyPolicy` statements naming specific principals, or `*` narrowed by `kms:CallerAccount`, `aws:PrincipalOrgID`, `aws:SourceAccount` or similar conditions.',
    default: 'Without `KeyPolicy` AWS applies the default key policy, which trusts only the account: addressed.',
    fix: {
      cdk: 'key.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: [\'kms:Decrypt\'], resources: [\'*\'] }))',
      cloudformation: 'Replace `Principal: "*"` in the `KeyPolicy` by account or role ARNs, or add a `kms:CallerAccount` condition.',
    },
  },
  check(key) {
    const policy = key.get('KeyPolicy');
    if (policy.value === undefined) return publicPolicyFinding([], 'the default key policy');
    const document = parsePolicyDocument(policy.value, 'KeyPolicy');
    if (document.problem) return needsReview(`the key policy cannot be read: ${document.problem}`, { propertyPath: 'KeyPolicy' });
    return publicPolicyFinding([{ holder: key, path: 'KeyPolicy', document }], 'the key policy');
  },
});
