/**
 * Verdicts the backup rules share: retention periods, on/off switches, and AWS Backup coverage as
 * an alternative way to address a duty. Kept out of the rule folder's top level, where every file
 * is a rule.
 */
import { addressed, asBoolean, asNumber, judge, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding, RuleContext } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import type { ResourceModel } from '../../../lib/model/resource';
import { describeValue } from '../../../lib/model/values';
import { coverageOf } from '../../../lib/relations/backup-selections';

export interface RetentionOptions {
  /** Fewest days that count as addressed. */
  readonly minimum: number;
  /** Days CloudFormation uses when the property is absent. */
  readonly absent: number;
  /** What is kept, e.g. `automated backups`. */
  readonly what: string;
}

/** A retention period in days: 0 disables, fewer than `minimum` is too short. */
export function minimumDays(lookup: Lookup, { minimum, absent, what }: RetentionOptions): Finding {
  return judge(lookup, (value) => {
    const days = value === undefined ? absent : asNumber(value);
    if (days === undefined) return { ok: 'unknown', message: `${lookup.path} is ${describeValue(value)}, not a number of days` };
    const source = value === undefined ? `${lookup.path} is not set, so the default of ${absent} day${absent === 1 ? '' : 's'} applies` : `${lookup.path} is ${days}`;
    if (days <= 0) return { ok: false, message: `${source}: ${what} are turned off` };
    if (days < minimum) return { ok: false, message: `${source}: ${what} are kept for fewer than ${minimum} days` };
    return { ok: true, message: `${what} are kept for ${days} days` };
  });
}

/** A boolean switch such as `DeletionProtection`, with what CloudFormation assumes when it is absent. */
export function switchedOn(lookup: Lookup, what: string, absent = false): Finding {
  return judge(lookup, (value) => {
    const on = value === undefined ? absent : asBoolean(value);
    if (on === undefined) return { ok: 'unknown', message: `${lookup.path} is ${describeValue(value)}, not a boolean` };
    if (on) return { ok: true, message: `${what} is on` };
    return { ok: false, message: value === undefined ? `${lookup.path} is not set, so ${what} is off` : `${lookup.path} is false: ${what} is off` };
  });
}

/**
 * An AWS Backup plan that selects the resource addresses the same duty as its own backup setting.
 * A selection the tool cannot read turns an open finding into needs-review, never into addressed.
 */
export function orBackupPlan(own: Finding, resource: ResourceModel, context: RuleContext): Finding {
  if (own.status === 'addressed') return own;
  const coverage = coverageOf(resource, context.app);
  const options = { propertyPath: own.propertyPath, key: own.key };
  if (coverage.state === 'covered') return addressed(`${own.message}, but ${coverage.message}`, { ...options, evidence: coverage.evidence });
  if (coverage.state === 'unknown') return needsReview(`${own.message}; ${coverage.message}`, options);
  return own.status === 'unaddressed' ? { ...own, message: `${own.message}, and ${coverage.message}` } : own;
}

/** The resource's own membership of an AWS Backup plan, as a finding. */
export function inBackupPlan(resource: ResourceModel, context: RuleContext, what: string): Finding {
  const coverage = coverageOf(resource, context.app);
  if (coverage.state === 'covered') return addressed(coverage.message, { evidence: coverage.evidence });
  if (coverage.state === 'unknown') return needsReview(coverage.message);
  return unaddressed(`the ${what} is in no AWS Backup plan: ${coverage.message}`);
}
