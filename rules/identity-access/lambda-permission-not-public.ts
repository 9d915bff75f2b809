import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-IAM-014',
  title: 'Lambda permissions do not let any caller invoke the function',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::Lambda::Permission'],
  controls: {
    configRule: 'LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED',
    securityHub: ['Lambda.1'],
    controlTower: ['CT.LAMBDA.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'],
    cdkNag: ['NIST.800.53.R5-LambdaFunctionPublicAccessProhibited'],
  },
  docs: {
    description: 'The function policy decides who may invoke the code; `Principal: "*"` without a source condition lets anyone call it, and a service principal without a source lets other accounts\' resources of that service call it (confused deputy).',
    addressedBy: '`Principal` set to an account or role, or `*` / a service principal with `SourceArn`, `SourceAccount` or (for `*`) `PrincipalOrgID`.',
    default: '`Principal` is required. A principal or source the tool cannot resolve is reviewed.',
    fix: {
      cdk: "fn.addPermission('FromBucket', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: bucket.bucketArn, sourceAccount: this.account })",
      cloudformation: 'Set `SourceArn` and/or `SourceAccount` (or `PrincipalOrgID` for `*`) on the AWS::Lambda::Permission, or name a specific account as `Principal`.',
    },
  },
  check(permission) {
    const sources = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'].map((p) => ({ p, v: permission.get(p).value }));
    const unknownSource = sources.find((s) => s.v instanceof Unresolved);
    const source = sources.find((s) => s.v !== undefined && !(s.v instanceof Unresolved));
    const finding = judge(permission.get('Principal'), (value) => {
      if (typeof value !== 'string') return { ok: false, message: 'Principal is not a string' };
      const isPublic = value === '*';
      const isService = /\.amazonaws\.com(\.cn)?$/.test(value);
      if (!isPublic && !isService) return { ok: true, message: `only ${value} may invoke the function` };
      const allowed = isPublic ? ['SourceArn', 'SourceAccount', 'PrincipalOrgID'] : ['SourceArn', 'SourceAccount'];
      if (source && allowed.includes(source.p)) return { ok: true, message: `${value} may invoke the function only from ${source.p}` };
      return { ok: false, message: isPublic ? 'any caller may invoke the function: Principal is "*" without SourceArn, SourceAccount or PrincipalOrgID' : `${value} may invoke the function from any account: no SourceArn or SourceAccount` };
    });
    // A source the tool cannot resolve may narrow the caller: review rather than fail or pass.
    if (finding.status === 'unaddressed' && unknownSource && unknownSource.v instanceof Unresolved) {
      return needsReview(`${unknownSource.p} cannot be resolved (${unknownSource.v.reason}), so whether it narrows the caller is unknown`, { propertyPath: unknownSource.p });
    }
    return finding;
  },
});
