import type { ServiceCategory } from '../categories';
import type { StackModel } from '../model/stack';
import { fingerprintOf, type Result } from './result';
import { STATUSES, type Evidence, type Finding, type Rule, type Status } from './rule';

/**
 * What every result of a rule repeats, in one shape for all rules: reading these from 270 rule
 * objects of different shapes, once per result, was a megamorphic hot spot.
 */
export interface RuleFacts {
  readonly id: string;
  readonly title: string;
  readonly duty: Rule['duty'];
  readonly severity: Rule['severity'];
  readonly configRule: string | undefined;
  readonly securityHub: readonly string[];
  readonly controlTower: readonly string[];
  readonly nist80053: readonly string[];
  readonly fixCdk: string;
  readonly fixCloudFormation: string;
  /** The rule's part of its results' JSON text, rendered on first use (see {@link EngineResult.compactJson}). */
  json?: RuleJson;
}

export function factsOf(rule: Rule): RuleFacts {
  return {
    id: rule.id,
    title: rule.title,
    duty: rule.duty,
    severity: rule.severity,
    configRule: rule.controls.configRule,
    securityHub: rule.controls.securityHub ?? NONE,
    controlTower: rule.controls.controlTower ?? NONE,
    nist80053: rule.controls.nist80053 ?? NONE,
    fixCdk: rule.docs.fix.cdk,
    fixCloudFormation: rule.docs.fix.cloudformation,
    json: undefined,
  };
}

/** Where results stand: computed once per resource and shared by all of its results. */
export interface Site {
  readonly category: ServiceCategory;
  readonly stack: StackModel;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly constructPath: string | undefined;
  readonly construct: string | undefined;
  readonly sourceLocation: Result['sourceLocation'];
  readonly line: number | undefined;
  /** What the fingerprint names: the construct path, which survives logical-id changes, or the logical id. */
  readonly subject: string;
  /** The site's part of its results' JSON text, rendered on first use. */
  json?: string;
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);
const NONE: readonly string[] = Object.freeze([]);

/**
 * A result as the engine makes it: the public {@link Result} fields, in one order for all
 * results (one hidden class), plus private links to its rule's facts and its resource's site.
 *
 * The links let the compact JSON report copy each rule's and each resource's fields as text
 * rendered once, instead of serializing the same title, control lists, stack and paths again
 * for every result: two thirds of a report's bytes repeat that way. Private fields are neither
 * enumerated, serialized nor spread, so a copy (`{ ...result, status: 'acknowledged' }`) is a
 * plain object and takes the ordinary `JSON.stringify` path.
 */
export class EngineResult implements Result {
  // Declared in the order the JSON text is rendered: rule head, status, site, finding, fix, evidence, rule tail, fingerprint.
  readonly ruleId: string;
  readonly title: string;
  readonly duty: Result['duty'];
  readonly severity: Result['severity'];
  readonly status: Status;
  readonly category: ServiceCategory;
  readonly stack: string;
  readonly templatePath: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly constructPath: string | undefined;
  readonly construct: string | undefined;
  readonly sourceLocation: Result['sourceLocation'];
  readonly line: number | undefined;
  readonly propertyPath: string | undefined;
  readonly key: string | undefined;
  readonly message: string;
  readonly fix: string;
  readonly evidence: readonly Evidence[];
  readonly configRule: string | undefined;
  readonly securityHub: readonly string[];
  readonly controlTower: readonly string[];
  readonly nist80053: readonly string[];
  readonly fingerprint: string;
  readonly #rule: RuleFacts;
  readonly #site: Site;

  constructor(rule: RuleFacts, finding: Finding, site: Site, fix: string) {
    this.ruleId = rule.id;
    this.title = rule.title;
    this.duty = rule.duty;
    this.severity = rule.severity;
    this.status = finding.status;
    this.category = site.category;
    this.stack = site.stack.name;
    this.templatePath = site.stack.templatePath;
    this.logicalId = site.logicalId;
    this.resourceType = site.resourceType;
    this.constructPath = site.constructPath;
    this.construct = site.construct;
    this.sourceLocation = site.sourceLocation;
    this.line = site.line;
    this.propertyPath = finding.propertyPath;
    this.key = finding.key;
    this.message = finding.message;
    this.fix = fix;
    this.evidence = finding.evidence ?? NO_EVIDENCE;
    this.configRule = rule.configRule;
    this.securityHub = rule.securityHub;
    this.controlTower = rule.controlTower;
    this.nist80053 = rule.nist80053;
    this.fingerprint = fingerprintOf({ ruleId: rule.id, stack: site.stack.name, subject: site.subject, key: finding.key });
    this.#rule = rule;
    this.#site = site;
  }

  /**
   * `JSON.stringify(value)`, byte for byte, when `value` is an engine result; undefined for
   * anything else. Fields are readonly and results are never changed after the engine made
   * them, so the text rendered once per rule and per site stays true.
   */
  static compactJson(value: unknown): string | undefined {
    if (typeof value !== 'object' || value === null || !(#rule in value)) return undefined;
    const rule = (value.#rule.json ??= ruleJson(value.#rule));
    const site = value.#site;
    site.json ??= JSON.stringify({
      category: site.category,
      stack: site.stack.name,
      templatePath: site.stack.templatePath,
      logicalId: site.logicalId,
      resourceType: site.resourceType,
      constructPath: site.constructPath,
      construct: site.construct,
      sourceLocation: site.sourceLocation,
      line: site.line,
    }).slice(1, -1);
    const fix = value.fix === value.#rule.fixCdk ? rule.fixCdk : value.fix === value.#rule.fixCloudFormation ? rule.fixCloudFormation : `,"fix":${JSON.stringify(value.fix)}`;
    return (
      `{${rule.head},"status":${STATUS_JSON[value.status] ?? JSON.stringify(value.status)},${site.json}` +
      (value.propertyPath === undefined ? '' : `,"propertyPath":${JSON.stringify(value.propertyPath)}`) +
      (value.key === undefined ? '' : `,"key":${JSON.stringify(value.key)}`) +
      `,"message":${JSON.stringify(value.message)}${fix},"evidence":${value.evidence.length === 0 ? '[]' : JSON.stringify(value.evidence)},${rule.tail},"fingerprint":${HEX.test(value.fingerprint) ? `"${value.fingerprint}"` : JSON.stringify(value.fingerprint)}}`
    );
  }
}

const STATUS_JSON: Partial<Record<string, string>> = Object.fromEntries(STATUSES.map((status) => [status, JSON.stringify(status)]));
const HEX = /^[0-9a-f]*$/;

interface RuleJson {
  /** `"ruleId":…,"title":…,"duty":…,"severity":…` */
  readonly head: string;
  /** `"configRule":…,"securityHub":[…],"controlTower":[…],"nist80053":[…]` */
  readonly tail: string;
  /** `,"fix":…` for each of the rule's two fixes. */
  readonly fixCdk: string;
  readonly fixCloudFormation: string;
}

function ruleJson(rule: RuleFacts): RuleJson {
  return {
    head: JSON.stringify({ ruleId: rule.id, title: rule.title, duty: rule.duty, severity: rule.severity }).slice(1, -1),
    tail: JSON.stringify({ configRule: rule.configRule, securityHub: rule.securityHub, controlTower: rule.controlTower, nist80053: rule.nist80053 }).slice(1, -1),
    fixCdk: `,"fix":${JSON.stringify(rule.fixCdk)}`,
    fixCloudFormation: `,"fix":${JSON.stringify(rule.fixCloudFormation)}`,
  };
}
