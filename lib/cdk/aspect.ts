import { Annotations, Stack, type IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ALL_RULES } from '../../rules';
import { checkApp } from '../check';
import { passedParameters } from '../model/nested-stacks';
import { StackModel } from '../model/stack';
import { ConstructIndex } from './construct-index';
import { environmentOfStack, templateOfStack } from './stack-template';
import { cdkNagEquivalents, effectiveSettings, type SharedResponsibilityProps } from './props';
import { synthFindings, writeReports } from './synth-findings';

/**
 * The checker as an Aspect, for apps and aws-cdk-lib versions without the Validations API:
 * `Aspects.of(app).add(new SharedResponsibilityAspect({ failOn: 'high' }))`.
 *
 * Visiting the root registers one validation on it, which runs after all aspects (so it sees the
 * finished tree) and evaluates every stack's template once. Findings become annotations on the
 * construct that owns the resource: errors (which fail `cdk synth`) at or above `failOn`,
 * warnings otherwise.
 */
export class SharedResponsibilityAspect implements IAspect {
  private registered = new WeakSet<IConstruct>();

  constructor(private readonly props: SharedResponsibilityProps = {}) {}

  visit(node: IConstruct): void {
    const root = node.node.root;
    if (this.registered.has(root)) return;
    this.registered.add(root);
    root.node.addValidation({ validate: () => this.run(root) });
  }

  private run(root: IConstruct): string[] {
    const settings = effectiveSettings(this.props, root);
    const rules = settings.rules ?? ALL_RULES;
    const constructs = new ConstructIndex(root, new Set(rules.map((rule) => rule.id)), settings.honourCdkNagAcknowledgements ? cdkNagEquivalents(rules) : new Map());
    if (constructs.invalidAcknowledgements.length > 0) return constructs.invalidAcknowledgements;
    const stacks = constructs.stacks;
    const byStack = new Map<Stack, StackModel>();
    const models = stacks.map((stack) => {
      // Nested stacks come after their parent in the tree walk; they take its values like the CLI does.
      const parentStack = stack.nestedStackParent;
      const parent = parentStack ? byStack.get(parentStack) : undefined;
      const parentLogicalId = parent && stack.nestedStackResource ? (parentStack!.resolve(stack.nestedStackResource.logicalId) as string) : undefined;
      const model = new StackModel({
        id: parent && parentLogicalId ? `${parent.id}/${parentLogicalId}` : stack.node.path,
        name: stack.node.path,
        parent: parent && parentLogicalId ? { stack: parent, logicalId: parentLogicalId } : undefined,
        parameterValues: parent && parentLogicalId ? passedParameters(parent, parentLogicalId) : undefined,
        file: templateOfStack(stack),
        environment: environmentOfStack(stack),
        ...constructs.lookupsFor(stack.node.path),
      });
      byStack.set(stack, model);
      if (parent && parentLogicalId) parent.markNestedLoaded(parentLogicalId);
      return model;
    });
    const report = checkApp({ stacks: models }, { failOn: settings.failOn, allowedRegions: settings.allowedRegions, rules: settings.rules });
    const outdir = (root as unknown as { outdir?: string }).outdir;
    if (outdir) writeReports(report, outdir, settings);
    for (const finding of synthFindings(report, settings.reportNeedsReview)) {
      const owner: IConstruct = constructs.resource(finding.result.stack, finding.result.logicalId, finding.result.constructPath) ?? stacks.find((s) => s.node.path === finding.result.stack) ?? root;
      if (finding.fails) Annotations.of(owner).addError(finding.text);
      else Annotations.of(owner).addWarningV2(`${finding.result.ruleId}:${finding.result.fingerprint.slice(0, 8)}`, finding.text);
    }
    for (const stale of report.staleAcknowledgements) {
      const at = stacks.find((s) => s.node.path === stale.stack) ?? root;
      Annotations.of(at).addWarningV2(`${stale.id}:stale`, `Stale acknowledgement of ${stale.id} at ${stale.origin ?? stale.stack}: it matches no open finding; remove it`);
    }
    return [];
  }
}
