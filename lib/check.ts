import { Engine } from './engine/evaluate';
import type { EngineOptions, Rule, Severity } from './engine/rule';
import { buildReport, type Report } from './report/report';
import { linkExports } from './model/exports';
import type { AppModel } from './model/stack';
import { ALL_RULES } from '../rules';

export interface CheckOptions extends EngineOptions {
  /** Unaddressed findings at or above this severity fail the run. Default: `high`. */
  readonly failOn?: Severity | 'none';
  /** The rules to run. Default: the whole catalogue. */
  readonly rules?: readonly Rule[];
  readonly generatedAt?: string;
}

export const DEFAULT_FAIL_ON: Severity = 'high';

/** load → model → classify → evaluate → report: the one pipeline behind the CLI, the plugin and the Aspect. */
export function checkApp(app: AppModel, options: CheckOptions = {}): Report {
  linkExports(app);
  const engine = new Engine(options.rules ?? ALL_RULES, { allowedRegions: options.allowedRegions });
  return buildReport(app, engine.evaluate(app), { failOn: options.failOn ?? DEFAULT_FAIL_ON, generatedAt: options.generatedAt });
}
