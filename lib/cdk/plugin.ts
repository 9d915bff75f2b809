import * as path from 'path';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import { ALL_RULES } from '../../rules';
import { checkApp } from '../check';
import { parseEnvironment } from '../model/cloud-assembly';
import { nestedStacksOf } from '../model/nested-stacks';
import { StackModel } from '../model/stack';
import { readTemplateFile } from '../model/template-file';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { ConstructIndex } from './construct-index';
import { cdkNagEquivalents, effectiveSettings, type SharedResponsibilityProps } from './props';
import { synthFindings, writeReports } from './synth-findings';

/**
 * The checker as a CDK validation plugin:
 * `Validations.of(app).addPlugins(new SharedResponsibilityChecks({ failOn: 'high' }))`.
 *
 * It runs after synthesis on the written templates, exactly what the CLI would check, and fails
 * `cdk synth` when an unaddressed finding reaches `failOn`; everything else is a warning.
 */
export class SharedResponsibilityChecks implements IPolicyValidationPlugin {
  readonly name = TOOL_NAME;
  readonly version = TOOL_VERSION;

  constructor(private readonly props: SharedResponsibilityProps = {}) {}

  validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const settings = effectiveSettings(this.props, context.appConstruct);
    const rules = settings.rules ?? ALL_RULES;
    const constructs = new ConstructIndex(
      context.appConstruct,
      new Set(rules.map((rule) => rule.id)),
      settings.honourCdkNagAcknowledgements ? cdkNagEquivalents(rules) : new Map(),
    );
    const entries = context.stackTemplates ?? context.templatePaths.map((templatePath) => ({ templatePath, stackConstructPath: '', accountId: undefined, region: undefined }));
    const extras = (stackPath: string) => constructs.lookupsFor(stackPath);
    const topLevel = entries
      .filter((entry) => !entry.templatePath.endsWith('.nested.template.json'))
      .map(
      (entry) =>
        new StackModel({
          id: entry.stackConstructPath || entry.templatePath,
          name: entry.stackConstructPath || path.basename(entry.templatePath, '.template.json'),
          file: readTemplateFile(entry.templatePath),
          environment: concreteEnvironment(entry.accountId, entry.region),
          ...extras(entry.stackConstructPath),
        }),
    );
    const stacks = topLevel.flatMap((stack) => [stack, ...nestedStacksOf(stack, path.dirname(stack.templatePath), extras)]);
    const report = checkApp({ stacks }, { failOn: settings.failOn, allowedRegions: settings.allowedRegions, rules: settings.rules });
    if (context.templatePaths.length > 0) writeReports(report, path.dirname(context.templatePaths[0]), settings);
    const findings = synthFindings(report, settings.reportNeedsReview, false); // the violation carries the fix itself
    const violations: PolicyViolation[] = findings.map(({ result, text }) => ({
      ruleName: result.ruleId,
      description: text,
      fix: result.fix,
      severity: result.status === 'needs-review' ? 'info' : result.severity,
      ruleMetadata: { duty: result.duty, category: result.category, status: result.status },
      violatingResources: [
        {
          resourceLogicalId: result.logicalId,
          constructPath: result.constructPath,
          templatePath: result.templatePath,
          locations: result.propertyPath ? [`Properties.${result.propertyPath}`] : [],
        },
      ],
    }));
    for (const problem of constructs.invalidAcknowledgements) {
      violations.push({ ruleName: 'invalid-acknowledgement', description: problem, severity: 'error', violatingResources: [] });
    }
    for (const stale of report.staleAcknowledgements) {
      violations.push({
        ruleName: stale.id,
        description: `Stale acknowledgement of ${stale.id}${stale.key ? ` (${stale.key})` : ''} at ${stale.origin ?? stale.stack}: it matches no open finding; remove it`,
        severity: 'warning',
        violatingResources: [],
      });
    }
    const failed = findings.some((finding) => finding.fails) || constructs.invalidAcknowledgements.length > 0;
    return { success: !failed, violations, pluginVersion: TOOL_VERSION };
  }
}

/** The CDK passes tokens-free strings here, or placeholders for environment-agnostic stacks. */
function concreteEnvironment(account: string | undefined, region: string | undefined) {
  return parseEnvironment(`aws://${account && !account.includes('${') ? account : 'unknown-account'}/${region && !region.includes('${') ? region : 'unknown-region'}`);
}
