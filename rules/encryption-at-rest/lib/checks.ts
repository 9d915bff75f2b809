/**
 * Verdicts the encryption-at-rest rules share: on/off switches with CloudFormation's default,
 * "a key is named", and EBS block device lists. Kept out of the rule folder's top level, where
 * every file is a rule.
 */
import { asBoolean, judge, needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import type { ResourceModel } from '../../../lib/model/resource';
import { ResourceReference, Unresolved, describeValue, isPlainObject, type Resolved } from '../../../lib/model/values';

export interface FlagOptions {
  /** What CloudFormation does when the property is absent. */
  readonly absent: boolean;
  /** Said when the effective value is true / false. */
  readonly on: string;
  readonly off: string;
  /** Added when the property is absent, to say why the default is what it is. */
  readonly absentNote?: string;
  readonly key?: string;
}

/** A boolean switch that must end up on. */
export function requireOn(lookup: Lookup, options: FlagOptions): Finding {
  return judge(
    lookup,
    (value) => {
      if (value === undefined) {
        const note = options.absentNote ?? `${lookup.path} is not set, and the default is ${options.absent}`;
        return { ok: options.absent, message: `${options.absent ? options.on : options.off} (${note})` };
      }
      const flag = asBoolean(value);
      if (flag === undefined) return { ok: 'unknown', message: `${lookup.path} is ${describeValue(value)}, which is not a boolean` };
      return flag ? { ok: true, message: options.on } : { ok: false, message: `${options.off} (${lookup.path} is false)` };
    },
    { key: options.key },
  );
}

export interface KeyOptions {
  /** Said when a key is named. */
  readonly on: string;
  /** Said when no key is named. */
  readonly off: string;
  /** Treat `alias/aws/...` (the AWS managed key) as no customer managed key. */
  readonly customerManaged?: boolean;
  readonly key?: string;
}

/** True for the alias or ARN of an AWS managed key (`alias/aws/<service>`). */
export function isAwsManagedAlias(text: string): boolean {
  return /(^|:)alias\/aws\//.test(text);
}

/** A KMS key identifier that must be present (and, optionally, not the AWS managed key). */
export function requireKey(lookup: Lookup, options: KeyOptions): Finding {
  return judge(
    lookup,
    (value) => {
      if (value === undefined || value === null || value === '') return { ok: false, message: options.off };
      if (value instanceof ResourceReference) return { ok: true, message: `${options.on} (${describeValue(value)})` };
      if (typeof value !== 'string') return { ok: 'unknown', message: `${lookup.path} is ${describeValue(value)}, which is not a key identifier` };
      if (options.customerManaged && isAwsManagedAlias(value)) {
        return { ok: false, message: `${lookup.path} is the AWS managed key ${value}, not a customer managed key` };
      }
      return { ok: true, message: `${options.on} (${value})` };
    },
    { key: options.key },
  );
}

/**
 * One finding per EBS device of a block device mapping list (instances, launch templates, launch
 * configurations). Instance-store and `NoDevice` entries carry no EBS volume and are skipped.
 * Undefined when the list is absent: the root volume then comes from the AMI, which the
 * account-level EBS encryption-by-default rule covers once per stack.
 */
export function blockDeviceFindings(resource: ResourceModel, listPath: string): Finding[] | undefined {
  const list = resource.get(listPath);
  const value = list.value;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    const why = value instanceof Unresolved ? `cannot be resolved: ${value.reason}` : `is ${describeValue(value)}, not a list the tool can read device by device`;
    return [needsReview(`${listPath} ${why}`, { propertyPath: listPath })];
  }
  const findings: Finding[] = [];
  (value as readonly Resolved[]).forEach((entry, index) => {
    const path = `${listPath}.${index}`;
    if (entry === undefined) return;
    if (!isPlainObject(entry)) {
      findings.push(needsReview(`${path} is ${describeValue(entry)}, not a block device mapping the tool can read`, { propertyPath: path, key: `#${index}` }));
      return;
    }
    if (entry.Ebs === undefined) return;
    const device = typeof entry.DeviceName === 'string' ? entry.DeviceName : `#${index}`;
    const encrypted = resource.get(`${path}.Ebs.Encrypted`);
    findings.push(
      requireOn(encrypted, {
        absent: false,
        on: `EBS volume ${device} is encrypted`,
        off: `EBS volume ${device} is not encrypted`,
        absentNote: 'Encrypted is not set: the volume is encrypted only if the account turns on EBS encryption by default or its snapshot is encrypted, which the template does not show',
        key: device,
      }),
    );
  });
  return findings.length > 0 ? findings : undefined;
}

/** NIST SP 800-53 rev 5 controls every encryption-at-rest check supports (protection of information at rest, cryptography). */
export const AT_REST_NIST: readonly string[] = ['SC-13', 'SC-28', 'SC-28(1)'];
/** The same, for checks that ask for a key the customer controls (key establishment and management). */
export const CUSTOMER_KEY_NIST: readonly string[] = ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'];
