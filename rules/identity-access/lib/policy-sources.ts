/** The policy documents a rule reads on one IAM resource (not a rule). */
import type { ResourceModel } from '../../../lib/model/resource';
import { branchesOf, type Resolved } from '../../../lib/model/values';
import { parsePolicyDocument } from '../../../lib/relations/policy-documents';
import type { PolicySource } from './support';

/** Inline policies: a role's, user's or group's `Policies`, or the `PolicyDocument` of an inline policy resource. */
export const INLINE_POLICY_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'];

/** The inline policy documents of a resource; undefined when it has none. */
export function inlineSources(resource: ResourceModel): PolicySource[] | undefined {
  if (resource.type.endsWith('Policy')) {
    return [{ holder: resource, path: 'PolicyDocument', document: parsePolicyDocument(resource.get('PolicyDocument').value, 'PolicyDocument') }];
  }
  const policies = resource.get('Policies').value;
  if (policies === undefined) return undefined;
  const sources: PolicySource[] = [];
  for (const branch of branchesOf(policies)) {
    if (branch.value === undefined) continue;
    if (!Array.isArray(branch.value)) {
      sources.push({ holder: resource, path: 'Policies', document: { statements: [], problem: 'Policies is not a list' }, onlyWhen: branch.conditions });
      continue;
    }
    (branch.value as readonly Resolved[]).forEach((_entry, index) => {
      const path = `Policies.${index}.PolicyDocument`;
      sources.push({ holder: resource, path, document: parsePolicyDocument(resource.get(path).value, path), onlyWhen: branch.conditions });
    });
  }
  return sources.length > 0 ? sources : undefined;
}
