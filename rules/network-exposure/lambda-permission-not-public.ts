import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue, Unresolved } from '../../lib/model/values';

const NARROWING = ['SourceAccount', 'SourceArn', 'PrincipalOrgID'] as const;

/**
 * `Principal: "*"` needs `SourceAccount`, `SourceArn` or `PrincipalOrgID`; a service principal
 * needs `SourceAccount` or `SourceArn`, or any account's resources of that service may invoke.
 */
export default defineRule({
  id: 'SRM-NET-017',
  title: 'Lambda permissions do not let anyone invoke the function',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::Lambda::Permission'],
  controls: {
    configRule: 'LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED',
    securityHub: ['Lambda.1'],
    controlTower: ['CT.LAMBDA.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-6', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(21)'],
  },
  docs: {
    description: 'A function\'s resource policy decides who may invoke it; a wildcard or an unconditioned service principal lets other accounts call it.',
    addressedBy: 'A `Principal` that is an account or role, or `*`/a service principal narrowed by `SourceArn`, `SourceAccount` (or, for `*`, `PrincipalOrgID`).',
    default: 'There is no default principal. Unresolvable principals or conditions: needs-review.',
    fix: {
      cdk: "fn.addPermission('FromBucket', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: bucket.bucketArn, sourceAccount: this.account })",
      cloudformation: 'Add `SourceArn` or `SourceAccount` (or `PrincipalOrgID` for `*`) to the AWS::Lambda::Permission, or name a specific account as `Principal`.',
    },
  },
  check(permission) {
    const principal = permission.get('Principal');
    if (principal.value instanceof Unresolved) return needsReview(`Principal cannot be resolved: ${principal.value.reason}`, { propertyPath: 'Principal' });
    if (typeof principal.value !== 'string') return needsReview(`Principal is ${describeValue(principal.value)}`, { propertyPath: 'Principal' });
    const wildcard = principal.value === '*';
    const service = /\.amazonaws\.com(\.cn)?$/.test(principal.value);
    if (!wildcard && !service) return addressed(`only ${principal.value} may invoke the function`, { propertyPath: 'Principal' });
    const allowed = wildcard ? NARROWING : NARROWING.slice(0, 2);
    const present = allowed.filter((name) => permission.get(name).value !== undefined);
    const evidence = present.map((name) => ({ description: `${name} = ${describeValue(permission.get(name).value)}`, propertyPath: name }));
    if (present.length > 0) return addressed(`Principal ${principal.value} is narrowed by ${present.join(', ')}`, { propertyPath: 'Principal', evidence });
    const who = wildcard ? 'anyone' : `any account's ${principal.value} resources`;
    return unaddressed(`Principal is ${principal.value} without ${allowed.join(' or ')}: ${who} may invoke the function`, { propertyPath: 'Principal' });
  },
});
