/** What a Redis/Valkey replication group's engine and version say about the authentication it can use; not a rule. */
import type { ResourceModel } from '../../../lib/model/resource';
import { ResourceReference, branchesOf, describeValue } from '../../../lib/model/values';
import { rawAt } from './support';

/** `rbac`: Redis OSS 6.0+ or Valkey (role-based access control); `auth`: earlier Redis OSS (AUTH token only). */
export type AuthGeneration = { readonly kind: 'rbac' | 'auth'; readonly why: string } | { readonly kind: 'unknown'; readonly why: string };

export function authGeneration(group: ResourceModel): AuthGeneration {
  const engine = group.get('Engine').value;
  if (typeof engine === 'string' && engine.toLowerCase() === 'valkey') return { kind: 'rbac', why: 'the engine is Valkey' };
  if (engine !== undefined && !(typeof engine === 'string' && engine.toLowerCase() === 'redis')) return { kind: 'unknown', why: `Engine is ${describeValue(engine)}` };
  const version = group.get('EngineVersion').value;
  // Absent, ElastiCache creates the latest Redis OSS version, which is past 6.0.
  if (version === undefined) return { kind: 'rbac', why: 'EngineVersion is not set, so the latest Redis OSS version is used' };
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : typeof version === 'number' ? Math.floor(version) : Number.NaN;
  if (Number.isNaN(major)) return { kind: 'unknown', why: `EngineVersion cannot be resolved: ${describeValue(version)}` };
  return major >= 6 ? { kind: 'rbac', why: `Redis OSS ${String(version)}` } : { kind: 'auth', why: `Redis OSS ${String(version)}` };
}

const SECRET_REFERENCE = /\{\{resolve:(secretsmanager|ssm-secure):/;

/**
 * Whether a property is known to be set on every branch. A value the tool cannot resolve counts as
 * set only when the template shows it is a Secrets Manager or SecureString dynamic reference
 * (CDK's `SecretValue` joins the secret's ARN into one); otherwise it is `unknown`.
 */
export function presence(group: ResourceModel, path: string): 'set' | 'absent' | 'sometimes' | 'unknown' {
  const secretReference = SECRET_REFERENCE.test(JSON.stringify(rawAt(group, path)) ?? '');
  let set = 0;
  let absent = 0;
  for (const { value } of branchesOf(group.get(path).value)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) absent++;
    else if (typeof value === 'string' || secretReference) set++;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || item instanceof ResourceReference)) set++;
    else return 'unknown';
  }
  if (absent === 0) return 'set';
  return set > 0 ? 'sometimes' : 'absent';
}
