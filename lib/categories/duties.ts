/**
 * The duty vocabulary. These identifiers appear in every output format and in user configuration
 * (acknowledgements, baselines), so they are a public contract: add, never rename.
 */
export type Duty =
  | 'encryption-at-rest'
  | 'encryption-in-transit'
  | 'network-exposure'
  | 'backup-recovery'
  | 'region-residency'
  | 'patch-management'
  | 'identity-access'
  | 'logging-monitoring';

/** Every duty, in the order reports list them. */
export const DUTIES: readonly Duty[] = Object.freeze([
  'encryption-at-rest',
  'encryption-in-transit',
  'network-exposure',
  'backup-recovery',
  'region-residency',
  'patch-management',
  'identity-access',
  'logging-monitoring',
] as const);

export const DUTY_TITLES: Readonly<Record<Duty, string>> = Object.freeze({
  'encryption-at-rest': 'Encryption at rest',
  'encryption-in-transit': 'Encryption in transit',
  'network-exposure': 'Network exposure',
  'backup-recovery': 'Backup and recovery',
  'region-residency': 'Region residency',
  'patch-management': 'Patch management',
  'identity-access': 'Identity and access management',
  'logging-monitoring': 'Logging and monitoring',
});

export function isDuty(value: unknown): value is Duty {
  return typeof value === 'string' && (DUTIES as readonly string[]).includes(value);
}
