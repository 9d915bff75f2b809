import * as crypto from 'crypto';
import type { Duty, ServiceCategory } from '../categories';
import type { SourceLocation } from '../model/origin';
import type { Evidence, Severity, Status } from './rule';

/** One rule's verdict on one resource (or stack). Field names are a public contract: add, never rename. */
export interface Result {
  readonly ruleId: string;
  readonly title: string;
  readonly duty: Duty;
  readonly status: Status;
  readonly severity: Severity;
  readonly category: ServiceCategory;
  readonly stack: string;
  readonly templatePath: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly constructPath?: string;
  /** The L2 construct that made the resource, e.g. `aws-cdk-lib.aws_rds.DatabaseInstance`. */
  readonly construct?: string;
  /** The line of the user's CDK code that created the resource, when the assembly records it. */
  readonly sourceLocation?: SourceLocation;
  readonly propertyPath?: string;
  /** Tells apart several findings of one rule on one resource (a port, a region, a statement). */
  readonly key?: string;
  /** 1-based line of the resource in the template file, when known. */
  readonly line?: number;
  readonly message: string;
  readonly fix: string;
  readonly evidence: readonly Evidence[];
  readonly configRule?: string;
  readonly securityHub: readonly string[];
  readonly controlTower: readonly string[];
  readonly nist80053: readonly string[];
  /** The reason given when the user acknowledged the finding. */
  readonly acknowledgement?: string;
  /** Stable across edits elsewhere in the template: rule, stack, construct path (or logical id), finding key. */
  readonly fingerprint: string;
}

/** One resource of the input and its service category. */
export interface ResourceEntry {
  readonly stack: string;
  readonly templatePath: string;
  readonly logicalId: string;
  readonly type: string;
  readonly constructPath?: string;
  readonly category: ServiceCategory;
  readonly categoryReason?: string;
}

// One-shot hashing (Node 20.12+) avoids creating a Hash object per result; the digest is the same.
const oneShot = (crypto as unknown as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function fingerprintOf(parts: { ruleId: string; stack: string; subject: string; key?: string }): string {
  const data = `${parts.ruleId}\u0000${parts.stack}\u0000${parts.subject}\u0000${parts.key ?? ''}`;
  const digest = oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
  return digest.slice(0, 32);
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/** True when the severity is at or above the threshold; `none` is never reached. */
export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** Results that fail a gate: unaddressed at or above the threshold. */
export function failingResults(results: readonly Result[], threshold: Severity | 'none'): Result[] {
  return results.filter((result) => result.status === 'unaddressed' && atOrAbove(result.severity, threshold));
}
