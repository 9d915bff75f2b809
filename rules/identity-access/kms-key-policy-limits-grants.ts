import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { actionMatches, isPublicPrincipal, parsePolicyDocument, type PolicyStatement, type Tri } from '../../lib/relations/policy-documents';

const GRANT_KEYS = ['kms:grantisforawsresource', 'aws:principalisawsservice'];

/** A Deny of kms:CreateGrant to everyone unless the grant is for an AWS service (both keys false, IfExists). */
function limitsGrants(statement: PolicyStatement): Tri {
  if (statement.effect instanceof Unresolved || statement.actions instanceof Unresolved || statement.conditions instanceof Unresolved) return 'unknown';
  if (statement.effect !== 'Deny' || statement.notAction) return 'no';
  if (isPublicPrincipal(statement) !== 'yes') return isPublicPrincipal(statement);
  if (!statement.actions.some((a) => typeof a === 'string' && actionMatches(a, 'kms:CreateGrant'))) return 'no';
  const conditions = statement.conditions;
  const found = GRANT_KEYS.every((key) => conditions.some((c) => c.key === key && (c.operator === 'BoolIfExists' || c.operator === 'Bool') && c.values.some((v) => typeof v === 'string' && v.toLowerCase() === 'false')));
  return found ? 'yes' : 'no';
}

export default defineRule({
  id: 'SRM-IAM-010',
  title: 'KMS key policies limit grant creation to AWS services',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::KMS::Key'],
  controls: {
    controlTower: ['CT.KMS.PR.3'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(3)'],
  },
  docs: {
    description: 'A KMS grant delegates use of the key outside the key policy; allowing only AWS services to create grants stops principals from handing key use to others.',
    addressedBy: 'A `KeyPolicy` statement that denies `kms:CreateGrant` to `Principal: "*"` with `BoolIfExists` conditions `kms:GrantIsForAWSResource: false` and `aws:PrincipalIsAWSService: false`.',
    default: 'The default key policy (no `KeyPolicy`) has no such statement: unaddressed.',
    fix: {
      cdk: "key.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['kms:CreateGrant'], resources: ['*'], conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } } }))",
      cloudformation: 'Add to `KeyPolicy` a Deny of `kms:CreateGrant` for `Principal: "*"` with `Condition: { BoolIfExists: { "kms:GrantIsForAWSResource": "false", "aws:PrincipalIsAWSService": "false" } }`.',
    },
  },
  check(key) {
    const policy = key.get('KeyPolicy');
    if (policy.value === undefined) return unaddressed('the key uses the default key policy, which does not limit grant creation to AWS services', { propertyPath: 'KeyPolicy' });
    const document = parsePolicyDocument(policy.value, 'KeyPolicy');
    if (document.problem) return needsReview(`the key policy cannot be read: ${document.problem}`, { propertyPath: 'KeyPolicy' });
    const verdicts = document.statements.map((s) => ({ s, v: limitsGrants(s) }));
    const yes = verdicts.find((x) => x.v === 'yes' && x.s.onlyWhen.length === 0);
    if (yes) return addressed(`${yes.s.path} denies kms:CreateGrant unless the grant is for an AWS service`, { propertyPath: yes.s.path, evidence: { description: `${yes.s.path} denies non-AWS-service grants`, propertyPath: yes.s.path } });
    const maybe = verdicts.find((x) => x.v === 'unknown' || (x.v === 'yes' && x.s.onlyWhen.length > 0));
    if (maybe) return needsReview(`${maybe.s.path} may limit grants but cannot be fully resolved`, { propertyPath: maybe.s.path });
    return unaddressed('no key policy statement denies kms:CreateGrant for grants that are not for AWS services', { propertyPath: 'KeyPolicy' });
  },
});
