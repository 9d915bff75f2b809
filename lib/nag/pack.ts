import { CfnResource, Stack, type IPolicyValidationContext, type PolicyValidationPluginReport } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagRuleCompliance, type NagPackProps } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { ALL_RULES } from '../../rules';
import { checkApp } from '../check';
import type { Result } from '../engine/result';
import type { Rule } from '../engine/rule';
import { StackModel } from '../model/stack';
import { environmentOfStack, templateOfStack } from '../cdk/stack-template';
import { cdkNagAcknowledgementsOf } from '../cdk/cdk-nag-acknowledgements';
import { addTo } from '../util/multimap';

export interface SharedResponsibilityPackProps extends NagPackProps {
  /** Regions where stacks and copies of data may live. @default - not checked */
  readonly allowedRegions?: readonly string[];
  /**
   * Treat an acknowledgement of an equivalent cdk-nag rule (e.g. `AwsSolutions-RDS2` for
   * `SRM-EAR-001`, listed in each rule's metadata) as acknowledging ours, so a team moving from
   * cdk-nag is not flooded with findings it already reviewed.
   * @default false
   */
  readonly honourCdkNagAcknowledgements?: boolean;
  /** @default - the whole catalogue */
  readonly rules?: readonly Rule[];
}

/**
 * The catalogue as a cdk-nag v3 pack: `Validations.of(app).addPlugins(new SharedResponsibilityPack(app))`.
 * Rule ids are `SharedResponsibility-<rule id>` (with `[key]` for rules that report several findings
 * per resource), acknowledged through cdk-nag's usual `Validations.of(c).acknowledge(...)` workflow.
 */
export class SharedResponsibilityPack extends NagPack {
  readonly name = 'SharedResponsibility';
  private readonly results = new Map<Stack, Map<string, Result[]>>();
  private readonly rulesById: Map<string, Rule>;

  constructor(
    scope?: IConstruct,
    private readonly options: SharedResponsibilityPackProps = {},
  ) {
    super(scope, options);
    this.packName = 'SharedResponsibility';
    this.rulesById = new Map((options.rules ?? ALL_RULES).map((rule) => [rule.id, rule]));
  }

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    this.results.clear();
    return super.validate(context);
  }

  validateScope(scope: IConstruct): PolicyValidationPluginReport {
    this.results.clear();
    return super.validateScope(scope);
  }

  protected checkResource(node: CfnResource): void {
    const stack = Stack.of(node);
    const logicalId = stack.resolve(node.logicalId) as string;
    for (const result of this.resultsOf(stack).get(logicalId) ?? []) {
      if (result.status !== 'unaddressed' && result.status !== 'needs-review') continue;
      const equivalents = this.rulesById.get(result.ruleId)?.controls.cdkNag ?? [];
      if (this.options.honourCdkNagAcknowledgements && equivalents.some((id) => cdkNagAcknowledgementsOf(node).has(id))) continue;
      this.applyRule({
        ruleSuffixOverride: result.ruleId,
        info: `${result.title} (${result.duty}, ${result.category} service): ${result.message}`,
        explanation: result.fix,
        level: result.status === 'needs-review' ? NagMessageLevel.INFO : result.severity === 'critical' || result.severity === 'high' ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
        node,
        rule: () => (result.key ? [result.key] : NagRuleCompliance.NON_COMPLIANT),
      });
    }
  }

  /** Evaluates a whole stack once, on its first resource; rules need the stack's relations. */
  private resultsOf(stack: Stack): Map<string, Result[]> {
    let byLogicalId = this.results.get(stack);
    if (byLogicalId) return byLogicalId;
    byLogicalId = new Map();
    const model = new StackModel({
      id: stack.node.path,
      name: stack.node.path,
      file: templateOfStack(stack),
      environment: environmentOfStack(stack),
    });
    const report = checkApp({ stacks: [model] }, { failOn: 'none', allowedRegions: this.options.allowedRegions, rules: [...this.rulesById.values()] });
    for (const result of report.results) {
      addTo(byLogicalId, result.logicalId, result);
    }
    this.results.set(stack, byLogicalId);
    return byLogicalId;
  }
}
