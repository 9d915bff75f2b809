/**
 * One helper to test every rule by a table of cases, in the manner of ESLint's RuleTester.
 *
 * A case is a template (raw CloudFormation as an object or YAML text, or a CDK stack built by a
 * callback) and the statuses the rule must report. Each case runs through the real loader,
 * resolver and engine, so rules are tested the way users run them.
 */
import { App, Stack, type Environment } from 'aws-cdk-lib';
import { Engine } from '../../lib/engine/evaluate';
import type { Result } from '../../lib/engine/result';
import type { EngineOptions, Rule, Status } from '../../lib/engine/rule';
import type { StackEnvironment } from '../../lib/model/intrinsics';
import { StackModel, type AppModel } from '../../lib/model/stack';
import { parseTemplateText } from '../../lib/model/template-file';

export interface ExpectedResult {
  readonly status: Status;
  /** Only results on this logical id (or, for CDK cases, whose construct path ends with it). */
  readonly on?: string;
  readonly key?: string;
  /** Part of the message, or a pattern it must match. */
  readonly message?: string | RegExp;
  /** Expected property path of the result. */
  readonly propertyPath?: string;
}

interface BaseCase {
  readonly name: string;
  readonly options?: EngineOptions;
  /**
   * What the rule must report. A status alone means: every result of the rule is that status and
   * there is at least one. An empty list means the rule does not apply (no result at all).
   */
  readonly expect: Status | readonly ExpectedResult[];
}

export interface TemplateCase extends BaseCase {
  /** A whole template as an object, or YAML/JSON text. */
  readonly template?: object | string;
  /** Shorthand for `{ Resources: ... }`. */
  readonly resources?: Record<string, object>;
  readonly parameters?: Record<string, object>;
  readonly conditions?: Record<string, object>;
  readonly environment?: StackEnvironment;
}

export interface CdkCase extends BaseCase {
  /** Builds constructs into a fresh stack. */
  readonly cdk: (stack: Stack) => void;
  readonly env?: Environment;
}

export type RuleCase = TemplateCase | CdkCase;

export function modelOfTemplate(source: object | string, environment: StackEnvironment = {}, name = 'template.json'): StackModel {
  const text = typeof source === 'string' ? source : JSON.stringify(source, null, 2);
  return new StackModel({ id: name, name, file: parseTemplateText(text, name), environment });
}

/** Synthesizes a CDK stack built by `build` and loads its template as the CLI would. */
export function modelOfCdk(build: (stack: Stack) => void, env?: Environment): StackModel {
  const app = new App({ context: { 'aws:cdk:enable-path-metadata': true } });
  const stack = new Stack(app, 'TestStack', { env });
  build(stack);
  const artifact = app.synth().getStackByName(stack.stackName);
  const environment: StackEnvironment = {
    account: env?.account,
    region: env?.region,
  };
  return modelOfTemplate(artifact.template as object, environment, 'TestStack');
}

export function runRule(rule: Rule, stack: StackModel, options: EngineOptions = {}): Result[] {
  const app: AppModel = { stacks: [stack] };
  return new Engine([rule], options).evaluate(app).results.filter((result) => result.ruleId === rule.id);
}

function stackOf(testCase: RuleCase): StackModel {
  if ('cdk' in testCase) return modelOfCdk(testCase.cdk, testCase.env);
  if (testCase.template !== undefined) return modelOfTemplate(testCase.template, testCase.environment);
  const template: Record<string, object> = { Resources: testCase.resources ?? {} };
  if (testCase.parameters) template.Parameters = testCase.parameters;
  if (testCase.conditions) template.Conditions = testCase.conditions;
  return modelOfTemplate(template, testCase.environment);
}

function matches(result: Result, expected: ExpectedResult): boolean {
  if (expected.on !== undefined && result.logicalId !== expected.on && !(result.constructPath ?? '').endsWith(`/${expected.on}`) && !(result.constructPath ?? '').includes(`/${expected.on}/`)) {
    return false;
  }
  if (expected.key !== undefined && result.key !== expected.key) return false;
  return true;
}

export interface TestRuleOptions {
  /**
   * The statuses the table must show. Default: addressed, unaddressed and needs-review. Only a rule
   * that by its nature never reports one of them (S3's default encryption can never be missing; an
   * account setting is only ever runtime) narrows this, and says why in its test.
   */
  readonly requiredStatuses?: readonly Status[];
}

/** Registers one jest test per case. */
export function testRule(rule: Rule, cases: readonly RuleCase[], options: TestRuleOptions = {}): void {
  const required = options.requiredStatuses ?? ['addressed', 'unaddressed', 'needs-review'];
  describe(`${rule.id} ${rule.title}`, () => {
    const kinds = new Set(cases.map((testCase) => ('cdk' in testCase ? 'cdk' : 'cloudformation')));
    const statuses = new Set(cases.flatMap((testCase) => (typeof testCase.expect === 'string' ? [testCase.expect] : testCase.expect.map((e) => e.status))));

    test('has compliant, non-compliant and unresolvable cases, in CloudFormation and CDK', () => {
      expect([...statuses]).toEqual(expect.arrayContaining([...required]));
      expect([...kinds]).toEqual(expect.arrayContaining(['cdk', 'cloudformation']));
    });

    for (const testCase of cases) {
      test(`${'cdk' in testCase ? '[cdk] ' : ''}${testCase.name}`, () => {
        const results = runRule(rule, stackOf(testCase), testCase.options);
        if (typeof testCase.expect === 'string') {
          expect(results.length).toBeGreaterThan(0);
          for (const result of results) {
            expect({ status: result.status, message: result.message }).toEqual({ status: testCase.expect, message: result.message });
          }
          return;
        }
        if (testCase.expect.length === 0) {
          expect(results).toEqual([]);
          return;
        }
        for (const expected of testCase.expect) {
          const found = results.filter((result) => matches(result, expected));
          if (found.length === 0) {
            const summary = results.map((r) => `${r.logicalId}${r.key ? `#${r.key}` : ''}: ${r.status} (${r.message})`);
            throw new Error(`no result matches ${JSON.stringify(expected)}; the rule reported:\n${summary.join('\n') || '(nothing)'}`);
          }
          for (const result of found) {
            expect({ on: result.logicalId, status: result.status, message: result.message }).toEqual({ on: result.logicalId, status: expected.status, message: result.message });
            if (expected.message !== undefined) expect(result.message).toMatch(expected.message);
            if (expected.propertyPath !== undefined) expect(result.propertyPath).toBe(expected.propertyPath);
          }
        }
      });
    }
  });
}
