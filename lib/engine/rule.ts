import type { Duty } from '../categories';
import type { ResourceModel } from '../model/resource';
import type { AppModel, StackModel } from '../model/stack';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export type Status = 'addressed' | 'unaddressed' | 'acknowledged' | 'needs-review' | 'runtime';
export const STATUSES: readonly Status[] = ['unaddressed', 'needs-review', 'runtime', 'acknowledged', 'addressed'];

/** Where AWS's own controls check the same thing. Each entry is a fact about AWS, checked against its documentation. */
export interface ControlMappings {
  /** AWS Config managed rule identifier, e.g. `RDS_STORAGE_ENCRYPTED`. */
  readonly configRule?: string;
  /** Security Hub control IDs, e.g. `RDS.3`. */
  readonly securityHub?: readonly string[];
  /** Control Tower proactive control IDs, e.g. `CT.RDS.PR.16`. */
  readonly controlTower?: readonly string[];
  /** NIST SP 800-53 rev 5 controls the check supports, e.g. `SC-28`. */
  readonly nist80053?: readonly string[];
  /** Equivalent cdk-nag rule ids, e.g. `AwsSolutions-RDS2`. */
  readonly cdkNag?: readonly string[];
}

export interface RuleDocs {
  /** Why the duty matters, one or two sentences. */
  readonly description: string;
  /** What in a template addresses the duty. */
  readonly addressedBy: string;
  /** What CloudFormation does when the property is absent, and how the rule treats that. */
  readonly default?: string;
  readonly fix: { readonly cdk: string; readonly cloudformation: string };
}

/** The declarative half of a rule: everything a catalogue, a report or a SARIF driver needs. */
export interface RuleMeta {
  /** `SRM-<DUTY CODE>-<NNN>`; stable, never reused (see docs/RULE-IDS.md). */
  readonly id: string;
  readonly title: string;
  readonly duty: Duty;
  readonly severity: Severity;
  readonly controls: ControlMappings;
  readonly docs: RuleDocs;
}

/** Something that shows a duty addressed or not: a property, another resource, a default. */
export interface Evidence {
  readonly description: string;
  readonly logicalId?: string;
  readonly propertyPath?: string;
}

/** What a check says about one resource (or one stack). */
export interface Finding {
  readonly status: Exclude<Status, 'acknowledged'>;
  readonly message: string;
  readonly propertyPath?: string;
  readonly evidence?: readonly Evidence[];
  /** Tells apart several findings of one rule on one resource (one per open port, per replica region, ...). */
  readonly key?: string;
}

export type CheckOutput = Finding | readonly Finding[] | undefined;

export interface EngineOptions {
  /** Regions where stacks and copies of data may live; unset means region choice is not checked. */
  readonly allowedRegions?: readonly string[];
}

export interface RuleContext {
  readonly stack: StackModel;
  readonly app: AppModel;
  readonly options: EngineOptions;
}

/** A rule that looks at one resource of the listed types. Returning undefined means "not applicable". */
export interface ResourceRule extends RuleMeta {
  readonly scope: 'resource';
  readonly resourceTypes: readonly string[];
  check(resource: ResourceModel, context: RuleContext): CheckOutput;
}

/** A rule about the stack as a whole (its region, its account-level settings); runs once per stack. */
export interface StackRule extends RuleMeta {
  readonly scope: 'stack';
  readonly resourceTypes: readonly string[];
  check(stack: StackModel, context: RuleContext): CheckOutput;
}

export type Rule = ResourceRule | StackRule;

const RULE_ID = /^SRM-(EAR|EIT|NET|BKP|REG|PAT|IAM|LOG)-\d{3}$/;

function validateMeta(meta: RuleMeta): void {
  if (!RULE_ID.test(meta.id)) throw new Error(`rule id ${meta.id} does not follow SRM-<DUTY>-NNN`);
}

export function defineRule(rule: Omit<ResourceRule, 'scope'>): ResourceRule {
  validateMeta(rule);
  if (rule.resourceTypes.length === 0) throw new Error(`rule ${rule.id} lists no resource types`);
  return { ...rule, scope: 'resource' };
}

export function defineStackRule(rule: Omit<StackRule, 'scope' | 'resourceTypes'>): StackRule {
  validateMeta(rule);
  return { ...rule, scope: 'stack', resourceTypes: ['AWS::CloudFormation::Stack'] };
}

export const DUTY_CODES = {
  'encryption-at-rest': 'EAR',
  'encryption-in-transit': 'EIT',
  'network-exposure': 'NET',
  'backup-recovery': 'BKP',
  'region-residency': 'REG',
  'patch-management': 'PAT',
  'identity-access': 'IAM',
  'logging-monitoring': 'LOG',
} as const satisfies Record<Duty, string>;
