import type { ServiceCategory } from '../categories';
import type { ResourceModel } from '../model/resource';
import type { AppModel, StackModel } from '../model/stack';
import { AcknowledgementLedger, type Acknowledgement } from './acknowledgements';
import { unexpandedResults } from './unexpanded';
import { fingerprintOf, type ResourceEntry, type Result } from './result';
import type { CheckOutput, EngineOptions, Evidence, Finding, ResourceRule, Rule, RuleContext, StackRule } from './rule';
import { addTo } from '../util/multimap';

export interface StaleAcknowledgement {
  readonly stack: string;
  readonly id: string;
  readonly key?: string;
  readonly origin?: string;
  readonly reason: string;
}

export interface Evaluation {
  readonly resources: readonly ResourceEntry[];
  readonly results: readonly Result[];
  /** Acknowledgements that matched no open finding: reported so they do not rot. */
  readonly staleAcknowledgements: readonly StaleAcknowledgement[];
}

/**
 * Runs rules over an app. Rules are dispatched by resource type through a table built once,
 * so a resource only meets the rules written for its type.
 */
export class Engine {
  private readonly byType = new Map<string, { rule: ResourceRule; facts: RuleFacts }[]>();
  private readonly stackRules: { rule: StackRule; facts: RuleFacts }[] = [];

  constructor(
    readonly rules: readonly Rule[],
    private readonly options: EngineOptions = {},
  ) {
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`rule id ${rule.id} is used twice`);
      ids.add(rule.id);
      const facts = factsOf(rule);
      if (rule.scope === 'stack') {
        this.stackRules.push({ rule, facts });
        continue;
      }
      for (const type of rule.resourceTypes) {
        addTo(this.byType, type, { rule, facts });
      }
    }
  }

  evaluate(app: AppModel): Evaluation {
    const resources: ResourceEntry[] = [];
    const results: Result[] = [];
    const ledger = new AcknowledgementLedger();
    for (const stack of app.stacks) {
      const context: RuleContext = { stack, app, options: this.options };
      results.push(...unexpandedResults(stack));
      for (const { rule, facts } of this.stackRules) {
        const acknowledgements = ledger.forStack(stack);
        for (const finding of asList(safely(rule, stack, context))) {
          results.push(acknowledge(stackResult(facts, stack, finding), ledger, acknowledgements));
        }
      }
      for (const resource of stack.resources) {
        const classification = resource.classification;
        const constructPath = resource.constructPath;
        resources.push({
          stack: stack.name,
          templatePath: stack.templatePath,
          logicalId: resource.logicalId,
          type: resource.type,
          constructPath,
          category: classification.category,
          categoryReason: classification.reason,
        });
        const rules = this.byType.get(resource.type);
        if (!rules) continue;
        const acknowledgements = ledger.forResource(resource);
        const site = siteOf(resource, classification.category, constructPath);
        for (const { rule, facts } of rules) {
          for (const finding of asList(safely(rule, resource, context))) {
            results.push(acknowledge(makeResult(facts, finding, site, site.constructPath ? facts.fixCdk : facts.fixCloudFormation), ledger, acknowledgements));
          }
        }
      }
    }
    const staleAcknowledgements = ledger.stale().map(({ acknowledgement, stack }) => ({ stack, ...acknowledgement }));
    return { resources, results, staleAcknowledgements };
  }
}

/** Open findings (unaddressed, needs-review, runtime) become acknowledged; addressed ones stay as they are. */
function acknowledge(result: Result, ledger: AcknowledgementLedger, acknowledgements: readonly Acknowledgement[]): Result {
  if (result.status === 'addressed' || acknowledgements.length === 0) return result;
  const match = ledger.match(acknowledgements, result.ruleId, result.key);
  return match ? { ...result, status: 'acknowledged', acknowledgement: match.reason } : result;
}

/**
 * A rule that throws is a bug of ours, but one bad rule must not hide every other result, and the
 * resource must not pass: the result becomes needs-review, naming the failure so it gets reported.
 */
export const RULE_FAILURE_PREFIX = 'the rule could not evaluate this resource';

function safely<S>(rule: { readonly id: string; check(subject: S, context: RuleContext): CheckOutput }, subject: S, context: RuleContext): CheckOutput {
  try {
    return rule.check(subject, context);
  } catch (error) {
    return { status: 'needs-review', message: `${RULE_FAILURE_PREFIX} (${(error as Error).message}); please report this as a bug of ${rule.id}` };
  }
}

function asList(output: CheckOutput): readonly Finding[] {
  if (output === undefined) return [];
  return Array.isArray(output) ? output : [output as Finding];
}

/**
 * What every result of a rule repeats, in one shape for all rules: reading these from 270 rule
 * objects of different shapes, once per result, was a megamorphic hot spot.
 */
interface RuleFacts {
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
}

function factsOf(rule: Rule): RuleFacts {
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
  };
}

/** Where results stand: computed once per resource and shared by all of its results. */
interface Site {
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
}

function siteOf(resource: ResourceModel, category: ServiceCategory, constructPath: string | undefined): Site {
  return {
    category,
    stack: resource.stack,
    logicalId: resource.logicalId,
    resourceType: resource.type,
    constructPath,
    construct: resource.construct,
    sourceLocation: resource.source,
    line: resource.line,
    subject: constructPath ?? resource.logicalId,
  };
}

/**
 * One object literal with every field in the same order, so all results share one hidden class;
 * building them by spreading a partial object made result creation the slowest part of a check.
 */
function makeResult(rule: RuleFacts, finding: Finding, where: Site, fix: string): Result {
  return {
    ruleId: rule.id,
    title: rule.title,
    duty: rule.duty,
    status: finding.status,
    severity: rule.severity,
    category: where.category,
    stack: where.stack.name,
    templatePath: where.stack.templatePath,
    logicalId: where.logicalId,
    resourceType: where.resourceType,
    constructPath: where.constructPath,
    construct: where.construct,
    sourceLocation: where.sourceLocation,
    propertyPath: finding.propertyPath,
    key: finding.key,
    line: where.line,
    message: finding.message,
    fix,
    evidence: finding.evidence ?? NO_EVIDENCE,
    configRule: rule.configRule,
    securityHub: rule.securityHub,
    controlTower: rule.controlTower,
    nist80053: rule.nist80053,
    fingerprint: fingerprintOf({ ruleId: rule.id, stack: where.stack.name, subject: where.subject, key: finding.key }),
  };
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);
const NONE: readonly string[] = Object.freeze([]);

/** Stack-level results stand on the stack itself, reported as an `AWS::CloudFormation::Stack`. */
function stackResult(rule: RuleFacts, stack: StackModel, finding: Finding): Result {
  return makeResult(
    rule,
    finding,
    {
      category: 'infrastructure',
      stack,
      logicalId: stack.name,
      resourceType: 'AWS::CloudFormation::Stack',
      constructPath: undefined,
      construct: undefined,
      sourceLocation: undefined,
      line: undefined,
      subject: '(stack)',
    },
    rule.fixCdk,
  );
}
