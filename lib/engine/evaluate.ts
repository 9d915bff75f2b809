import type { ServiceCategory } from '../categories';
import { EngineResult, factsOf, type RuleFacts, type Site } from './engine-result';
import type { ResourceModel } from '../model/resource';
import type { AppModel, StackModel } from '../model/stack';
import { AcknowledgementLedger, type Acknowledgement } from './acknowledgements';
import { unexpandedResults } from './unexpanded';
import type { ResourceEntry, Result } from './result';
import type { CheckOutput, EngineOptions, Finding, ResourceRule, Rule, RuleContext, StackRule } from './rule';
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
            results.push(acknowledge(new EngineResult(facts, finding, site, site.constructPath ? facts.fixCdk : facts.fixCloudFormation), ledger, acknowledgements));
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

/** Where a resource's results stand, shared by all of them. */
function siteOf(resource: ResourceModel, category: ServiceCategory, constructPath: string | undefined): Site {
  const origin = resource.origin;
  return {
    category,
    stack: resource.stack,
    logicalId: resource.logicalId,
    resourceType: resource.type,
    constructPath,
    construct: origin?.construct,
    sourceLocation: origin?.source,
    line: resource.line,
    subject: constructPath ?? resource.logicalId,
    json: undefined,
  };
}

/** Stack-level results stand on the stack itself, reported as an `AWS::CloudFormation::Stack`. */
function stackResult(rule: RuleFacts, stack: StackModel, finding: Finding): Result {
  return new EngineResult(
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
      json: undefined,
    },
    rule.fixCdk,
  );
}
