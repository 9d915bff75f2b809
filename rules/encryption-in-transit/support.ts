/** Shared pieces of the encryption-in-transit rules. */
import { addressed, asBoolean, judge, needsReview, unaddressed } from '../../lib/engine/findings';
import type { Finding } from '../../lib/engine/rule';
import type { Lookup } from '../../lib/model/lookup';
import type { ResourceModel } from '../../lib/model/resource';
import { ConditionalValue, Unresolved, type Resolved } from '../../lib/model/values';
import { deniesInsecureTransport, parsePolicyDocument, type ParsedPolicy } from '../../lib/relations/policy-documents';
import { policyTargetsOf, resourcePoliciesOf } from '../../lib/relations/resource-policies';

/** NIST 800-53 rev 5 controls AWS maps its transit-encryption controls to (client connections). */
export const NIST_TRANSIT = ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'];
/** The same for traffic between the nodes of a cluster. */
export const NIST_BETWEEN_NODES = ['AC-4', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)'];

/** A boolean switch; `absent` says what CloudFormation does when the property is not set. */
export function requireTrue(lookup: Lookup, words: { on: string; off: string; absent: string; absentIsOn?: boolean }, key?: string): Finding {
  return judge(
    lookup,
    (value) => {
      if (value === undefined) return { ok: words.absentIsOn === true, message: words.absent };
      const flag = asBoolean(value);
      if (flag === undefined) return { review: `${lookup.path} is ${JSON.stringify(value)}, not a boolean` };
      return flag ? { ok: true, message: words.on } : { ok: false, message: words.off };
    },
    { key },
  );
}

/** A string that must be one of the allowed values (compared case-insensitively). */
export function requireOneOf(lookup: Lookup, allowed: readonly string[], words: { ok: (v: string) => string; bad: (v: string) => string; absent: string; absentIsOk?: boolean }, key?: string): Finding {
  const lower = allowed.map((a) => a.toLowerCase());
  return judge(
    lookup,
    (value) => {
      if (value === undefined) return { ok: words.absentIsOk === true, message: words.absent };
      if (typeof value !== 'string') return { review: `${lookup.path} is not a string` };
      return lower.includes(value.toLowerCase()) ? { ok: true, message: words.ok(value) } : { ok: false, message: words.bad(value) };
    },
    { key },
  );
}

/** Reads a list property: the items, or a finding when the list itself cannot be read. */
export function listOf(lookup: Lookup): readonly Resolved[] | Finding {
  const value = lookup.value;
  if (value === undefined) return [];
  if (value instanceof Unresolved) return needsReview(`${lookup.path} cannot be resolved: ${value.reason}`, { propertyPath: lookup.path });
  if (value instanceof ConditionalValue) return needsReview(`${lookup.path} depends on condition ${value.condition}`, { propertyPath: lookup.path });
  if (!Array.isArray(value)) return needsReview(`${lookup.path} is not a list`, { propertyPath: lookup.path });
  return value as readonly Resolved[];
}

export const isFinding = (value: unknown): value is Finding => typeof value === 'object' && value !== null && 'status' in value && !Array.isArray(value);

/** What a policy document says about requests that do not use TLS. */
function documentVerdict(document: ParsedPolicy, covers: ((actions: readonly string[]) => boolean) | undefined): { state: 'yes' | 'no' | 'unknown'; path?: string; why?: string } {
  if (document.problem) return { state: 'unknown', why: document.problem };
  let unknown: { state: 'unknown'; path?: string; why?: string } | undefined;
  for (const statement of document.statements) {
    const denies = deniesInsecureTransport(statement, covers);
    if (denies === 'yes' && statement.onlyWhen.length === 0) return { state: 'yes', path: statement.path };
    if (denies === 'yes') unknown ??= { state: 'unknown', path: statement.path, why: `the deny exists only when ${statement.onlyWhen.join(', ')}` };
    if (denies === 'unknown') unknown ??= { state: 'unknown', path: statement.path, why: `${statement.path} cannot be fully resolved` };
  }
  return unknown ?? { state: 'no' };
}

/**
 * Whether the resource policies of a bucket, queue or topic deny requests made without TLS.
 * Evidence is the policy resource and statement that does it.
 */
export function secureTransportFinding(resource: ResourceModel, what: string, covers?: (actions: readonly string[]) => boolean): Finding {
  const { attached, uncertain } = resourcePoliciesOf(resource);
  const reviews: string[] = [];
  for (const policy of attached) {
    const verdict = documentVerdict(policy.document, covers);
    const conditional = policy.onlyWhen.length > 0;
    if (verdict.state === 'yes' && !conditional) {
      return addressed(`${policy.policy.logicalId} denies requests that do not use TLS (aws:SecureTransport = false)`, {
        evidence: { description: `${policy.policy.type} ${policy.policy.logicalId} ${verdict.path}`, logicalId: policy.policy.logicalId, propertyPath: verdict.path },
      });
    }
    if (verdict.state === 'yes') reviews.push(`${policy.policy.logicalId} denies requests without TLS only when ${policy.onlyWhen.join(', ')}`);
    if (verdict.state === 'unknown') reviews.push(`${policy.policy.logicalId}: ${verdict.why}`);
  }
  for (const policy of uncertain) {
    if (documentVerdict(policy.document, covers).state !== 'no') reviews.push(`${policy.reason}; that policy may deny requests without TLS to this ${what}`);
  }
  if (reviews.length > 0) return needsReview(reviews.join('; '));
  const named = attached.map((p) => p.policy.logicalId).join(', ');
  return unaddressed(
    attached.length > 0
      ? `the ${what} policy (${named}) does not deny requests that do not use TLS (aws:SecureTransport = false)`
      : `the ${what} has no resource policy that denies requests made without TLS (aws:SecureTransport = false)`,
  );
}

/** For a policy resource that targets something outside the template: judge its own document. */
export function externalPolicyFinding(policy: ResourceModel, what: string, covers?: (actions: readonly string[]) => boolean): Finding | undefined {
  const outside = policyTargetsOf(policy).filter((target) => target.kind !== 'resource');
  if (outside.length === 0) return undefined; // judged on the resource itself
  const document = resourcePoliciesDocument(policy);
  const verdict = documentVerdict(document, covers);
  const whom = outside.map((t) => (t.kind === 'external' ? t.name : `an unresolved ${what}`)).join(', ');
  if (verdict.state === 'yes') return addressed(`the policy denies requests without TLS to ${whom}`, { propertyPath: verdict.path });
  if (verdict.state === 'unknown') return needsReview(`the policy of ${whom}: ${verdict.why}`, { propertyPath: verdict.path ?? 'PolicyDocument' });
  return unaddressed(`the policy of ${whom} does not deny requests that do not use TLS (aws:SecureTransport = false)`, { propertyPath: 'PolicyDocument' });
}

const resourcePoliciesDocument = (policy: ResourceModel): ParsedPolicy => parsePolicyDocument(policy.get('PolicyDocument').value, 'PolicyDocument');
