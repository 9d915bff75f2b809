import * as path from 'path';
import { DUTY_TITLES } from '../categories';
import { atOrAbove, type Result } from '../engine/result';
import type { Report } from '../report/report';
import { jsonChunks } from '../report/report';
import { renderMarkdown } from '../report/markdown';
import { writeFileAtomic } from '../report/write-file';

/** A finding as `cdk synth` shows it: where, what, and whether it fails the synth. */
export interface SynthFinding {
  readonly result: Result;
  readonly fails: boolean;
  readonly text: string;
}

/** The results worth showing during synth: open duties, and (optionally) values that need a human. */
export function synthFindings(report: Report, reportNeedsReview: boolean, withFix = true): SynthFinding[] {
  const failOn = report.summary.failOn;
  return report.results
    .filter((result) => result.status === 'unaddressed' || (reportNeedsReview && result.status === 'needs-review'))
    .map((result) => ({
      result,
      fails: result.status === 'unaddressed' && atOrAbove(result.severity, failOn),
      text: describe(result, withFix),
    }));
}

/** One line a developer can act on: construct path, duty, category, message, fix. */
export function describe(result: Result, withFix = true): string {
  const status = result.status === 'needs-review' ? 'needs review' : result.severity;
  const text = `[${result.ruleId}] ${DUTY_TITLES[result.duty]} (${result.duty}, ${result.category} service, ${status}): ${result.message}`;
  return withFix ? `${text}. Fix: ${result.fix}` : text;
}

/**
 * Writes the JSON report and the Markdown summary into the cloud assembly. Only files of our own:
 * the CDK refuses plugins that change the artifacts it wrote.
 */
export function writeReports(report: Report, outdir: string, files: { reportFile: string | false; markdownFile: string | false }): void {
  if (files.reportFile !== false) writeFileAtomic(path.resolve(outdir, files.reportFile), jsonChunks(report, { compact: true }));
  if (files.markdownFile !== false) writeFileAtomic(path.resolve(outdir, files.markdownFile), renderMarkdown(report));
}
