import * as path from 'path';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import { checkApp } from '../check';
import { parseEnvironment } from '../model/cloud-assembly';
import { StackModel } from '../model/stack';
import { readTemplateFile } from '../model/template-file';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { ConstructIndex } from './construct-index';
import { effectiveSettings, type SharedResponsibilityProps } from './props';
import { synthFindings, writeReport } from './synth-findings';

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
    const constructs = new ConstructIndex(context.appConstruct);
    const stacks = (context.stackTemplates ?? context.templatePaths.map((templatePath) => ({ templatePath, stackConstructPath: '', accountId: undefined, region: undefined }))).map(
      (entry) =>
        new StackModel({
          id: entry.stackConstructPath || entry.templatePath,
          name: entry.stackConstructPath || path.basename(entry.templatePath, '.template.json'),
          file: readTemplateFile(entry.templatePath),
          environment: concreteEnvironment(entry.accountId, entry.region),
          constructPaths: constructs.constructPaths(entry.stackConstructPath),
        }),
    );
    const report = checkApp({ stacks }, { failOn: settings.failOn, allowedRegions: settings.allowedRegions, rules: settings.rules });
    if (context.templatePaths.length > 0) writeReport(report, path.dirname(context.templatePaths[0]), settings.reportFile);
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
    return { success: !findings.some((finding) => finding.fails), violations, pluginVersion: TOOL_VERSION };
  }
}

/** The CDK passes tokens-free strings here, or placeholders for environment-agnostic stacks. */
function concreteEnvironment(account: string | undefined, region: string | undefined) {
  return parseEnvironment(`aws://${account && !account.includes('${') ? account : 'unknown-account'}/${region && !region.includes('${') ? region : 'unknown-region'}`);
}
