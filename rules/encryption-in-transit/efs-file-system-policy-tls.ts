import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { deniesInsecureTransport, parsePolicyDocument } from '../../lib/relations/policy-documents';
import { NIST_TRANSIT } from './support';

/** The NFS client actions; denying all of them (or `*`) refuses every unencrypted mount. */
const coversMount = (actions: readonly string[]): boolean => actions.some((a) => a === '*' || /^elasticfilesystem:(\*|Client\*)$/i.test(a)) || ['ClientMount', 'ClientWrite', 'ClientRootAccess'].every((name) => actions.some((a) => a.toLowerCase() === `elasticfilesystem:${name.toLowerCase()}`));

export default defineRule({
  id: 'SRM-EIT-030',
  title: 'EFS file system policy denies mounts without TLS',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::EFS::FileSystem'],
  controls: { nist80053: NIST_TRANSIT },
  docs: {
    description: 'NFS clients may mount EFS without TLS unless the file system policy refuses them.',
    addressedBy: 'A `FileSystemPolicy` statement that denies `*` (or the `elasticfilesystem:Client*` actions) to every principal when `aws:SecureTransport` is `false`.',
    default: 'Without a `FileSystemPolicy`, any client with network access may mount without TLS: unaddressed.',
    fix: {
      cdk: 'fileSystem.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ["*"], conditions: { Bool: { "aws:SecureTransport": "false" } } }))',
      cloudformation: 'Add `{Effect: Deny, Principal: {AWS: "*"}, Action: "*", Condition: {Bool: {"aws:SecureTransport": "false"}}}` to `FileSystemPolicy.Statement`.',
    },
  },
  check(fileSystem) {
    const policy = parsePolicyDocument(fileSystem.get('FileSystemPolicy').value, 'FileSystemPolicy');
    if (policy.problem) return needsReview(`FileSystemPolicy cannot be read: ${policy.problem}`, { propertyPath: 'FileSystemPolicy' });
    let review: string | undefined;
    for (const statement of policy.statements) {
      const denies = deniesInsecureTransport(statement, coversMount);
      if (denies === 'yes' && statement.onlyWhen.length === 0) return addressed('the file system policy denies access without TLS', { propertyPath: statement.path });
      if (denies !== 'no') review ??= `${statement.path} may deny access without TLS, but it depends on ${statement.onlyWhen.length > 0 ? statement.onlyWhen.join(', ') : 'values the tool cannot resolve'}`;
    }
    if (review) return needsReview(review, { propertyPath: 'FileSystemPolicy' });
    return unaddressed(policy.statements.length === 0 ? 'the file system has no policy denying mounts without TLS' : 'the file system policy does not deny access without TLS', { propertyPath: 'FileSystemPolicy' });
  },
});
