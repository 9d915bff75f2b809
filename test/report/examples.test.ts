import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { loadConfig } from '../../lib/config';
import { ALL_RULES } from '../../rules';

const examples = path.join(__dirname, '..', '..', 'examples');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

describe('examples', () => {
  test('the GitHub Actions workflow synthesizes, checks with every format, uploads SARIF and posts the summary', () => {
    const workflow = parse(fs.readFileSync(path.join(examples, 'github-actions', 'shared-responsibility.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.check.steps;
    const runs = steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/npx cdk synth/);
    for (const format of ['sarif', 'markdown', 'html', 'csv', 'junit']) expect(runs).toContain(`--format ${format} --output`);
    expect(runs).toContain('$GITHUB_STEP_SUMMARY');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('srm-reports/results.sarif');
    expect(steps.some((step) => step.uses?.startsWith('actions/github-script@') && /createComment/.test(step.with?.script ?? ''))).toBe(true);
  });

  test('the example config is valid', () => {
    expect(loadConfig({ explicitFile: path.join(examples, 'srm.config.json'), knownRuleIds: ALL_RULES.map((rule) => rule.id) })?.config.failOn).toBe('high');
  });
});
