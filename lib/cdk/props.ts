import type { IConstruct } from 'constructs';
import type { Rule, Severity } from '../engine/rule';
import { addTo } from '../util/multimap';

/** Settings shared by {@link SharedResponsibilityChecks} and {@link SharedResponsibilityAspect}. */
export interface SharedResponsibilityProps {
  /**
   * Unaddressed findings at or above this severity fail `cdk synth`; the rest are warnings.
   * The context value `cdk-srm:failOn` (e.g. `cdk synth -c cdk-srm:failOn=high`) overrides it, so a
   * pull-request gate can tighten the same app without a code change.
   * @default 'none' — synth never fails, every finding is a warning
   */
  readonly failOn?: Severity | 'none';
  /**
   * Regions where stacks and copies of data may live. Context `cdk-srm:allowedRegions`
   * (comma-separated) overrides it.
   * @default - region choice is not checked
   */
  readonly allowedRegions?: readonly string[];
  /**
   * Where to write the JSON report, relative to the cloud assembly directory; `false` for none.
   * @default 'shared-responsibility-report.json'
   */
  readonly reportFile?: string | false;
  /**
   * Where to write a Markdown summary, relative to the cloud assembly directory; `false` for none.
   * @default 'shared-responsibility-summary.md'
   */
  readonly markdownFile?: string | false;
  /**
   * Show results that need review (values the tool cannot resolve) as warnings too.
   * @default true
   */
  readonly reportNeedsReview?: boolean;
  /**
   * Treat `Validations.of(c).acknowledge()` of an equivalent cdk-nag rule (e.g. `AwsSolutions-RDS2`,
   * listed in each rule's metadata) as acknowledging ours, so teams moving from cdk-nag are not
   * flooded with findings they already reviewed.
   * @default false
   */
  readonly honourCdkNagAcknowledgements?: boolean;
  /**
   * The rules to run.
   * @default - the whole catalogue
   */
  readonly rules?: readonly Rule[];
}

export const FAIL_ON_CONTEXT = 'cdk-srm:failOn';
export const ALLOWED_REGIONS_CONTEXT = 'cdk-srm:allowedRegions';
export const DEFAULT_REPORT_FILE = 'shared-responsibility-report.json';
export const DEFAULT_MARKDOWN_FILE = 'shared-responsibility-summary.md';

const LEVELS = ['critical', 'high', 'medium', 'low', 'none'];

/** Props with the app's context applied; a bad context value is a clear error naming the key. */
export function effectiveSettings(props: SharedResponsibilityProps, scope: IConstruct) {
  const failOnContext = scope.node.tryGetContext(FAIL_ON_CONTEXT) as unknown;
  if (failOnContext !== undefined && (typeof failOnContext !== 'string' || !LEVELS.includes(failOnContext))) {
    throw new Error(`context ${FAIL_ON_CONTEXT} must be one of ${LEVELS.join(', ')} (got ${JSON.stringify(failOnContext)})`);
  }
  const regionsContext = scope.node.tryGetContext(ALLOWED_REGIONS_CONTEXT) as unknown;
  let allowedRegions = props.allowedRegions;
  if (typeof regionsContext === 'string') allowedRegions = regionsContext.split(',').map((r) => r.trim()).filter(Boolean);
  else if (Array.isArray(regionsContext)) allowedRegions = regionsContext.map(String);
  const failOn = (failOnContext as Severity | 'none' | undefined) ?? props.failOn ?? 'none';
  if (!LEVELS.includes(failOn)) throw new Error(`failOn must be one of ${LEVELS.join(', ')} (got ${JSON.stringify(failOn)})`);
  return {
    failOn,
    allowedRegions,
    reportFile: props.reportFile ?? DEFAULT_REPORT_FILE,
    markdownFile: props.markdownFile ?? DEFAULT_MARKDOWN_FILE,
    reportNeedsReview: props.reportNeedsReview ?? true,
    rules: props.rules,
    honourCdkNagAcknowledgements: props.honourCdkNagAcknowledgements ?? false,
  };
}

/** cdk-nag rule id → the rules of ours that check the same thing. */
export function cdkNagEquivalents(rules: readonly Rule[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of rules) {
    for (const id of rule.controls.cdkNag ?? []) addTo(map, id, rule.id);
  }
  return map;
}
