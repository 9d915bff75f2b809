/**
 * Property-based tests (fast-check): generated and mutated templates never make the engine throw;
 * a value the tool cannot resolve never comes out `addressed`; output is deterministic.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { checkApp } from '../../lib/check';
import { RULE_FAILURE_PREFIX } from '../../lib/engine/evaluate';
import { loadApp } from '../../lib/model/load';
import { renderJson } from '../../lib/report/report';
import { ALL_RULES } from '../../rules';
import { modelOfTemplate } from '../support/rule-tester';

interface SpecResource {
  cloudFormationType: string;
  properties: Record<string, unknown>;
}
const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec') as { loadAwsServiceSpecSync(): { all(kind: string): SpecResource[] } };

const ruleTypes = [...new Set(ALL_RULES.flatMap((rule) => rule.resourceTypes))].filter((type) => type.startsWith('AWS::') && type !== 'AWS::CloudFormation::Stack');
const spec = new Map(loadAwsServiceSpecSync().all('resource').map((resource) => [resource.cloudFormationType, Object.keys(resource.properties ?? {})]));
const SEED = 20261123;

const unresolvable = fc.constantFrom<object>(
  { Ref: 'NoDefault' },
  { 'Fn::ImportValue': 'SharedThing' },
  { 'Fn::GetAZs': '' },
  { Ref: 'AWS::AccountId' },
  { 'Fn::Transform': { Name: 'Macro' } },
);
const intrinsic = fc.oneof(
  unresolvable,
  fc.constantFrom<object>({ Ref: 'Other' }, { 'Fn::GetAtt': ['Other', 'Arn'] }, { 'Fn::Sub': '${AWS::Region}-${Other}' }, { 'Fn::Select': [7, []] }, { Ref: 'AWS::NoValue' }),
  fc.tuple(fc.constantFrom('Undecided', 'Always', 'Missing'), fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 })).map(([c, a, b]) => ({ 'Fn::If': [c, a, b] })),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), intrinsic, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('v'), { maxKeys: 3 })),
})).v;

const resource = fc.constantFrom(...ruleTypes).chain((type) => {
  const names = spec.get(type) ?? [];
  const properties = names.length > 0 ? fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }) : fc.constant({});
  return fc.record({ Type: fc.constant(type), Properties: properties, DeletionPolicy: fc.option(fc.constantFrom('Retain', 'Delete', 'Snapshot', { Ref: 'NoDefault' }), { nil: undefined }) });
});

const template = fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/), resource, { minKeys: 1, maxKeys: 6 }).map((resources) => ({
  Parameters: { NoDefault: { Type: 'String' } },
  Conditions: { Undecided: { 'Fn::Equals': [{ Ref: 'NoDefault' }, 'x'] }, Always: { 'Fn::Equals': ['a', 'a'] } },
  Resources: { Other: { Type: 'AWS::S3::Bucket' }, ...resources },
}));

describe('property-based', () => {
  test('generated templates never make the engine throw', () => {
    fc.assert(
      fc.property(template, (generated) => {
        const report = checkApp({ stacks: [modelOfTemplate(generated, { region: 'eu-west-1' })] }, { allowedRegions: ['eu-west-1'] });
        expect(report.summary.resources).toBe(Object.keys(generated.Resources).length);
        // The engine turns a throwing rule into needs-review; for the tests that is still a failure.
        expect(report.results.filter((r) => r.message.startsWith(RULE_FAILURE_PREFIX)).map((r) => r.message)).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('every rule on a resource whose every property is unresolvable: never addressed', () => {
    const offenders: string[] = [];
    for (const type of ruleTypes) {
      const properties = Object.fromEntries((spec.get(type) ?? []).map((name) => [name, { Ref: 'NoDefault' }]));
      const stack = modelOfTemplate({ Parameters: { NoDefault: { Type: 'String' } }, Resources: { Subject: { Type: type, Properties: properties } } });
      for (const result of checkApp({ stacks: [stack] }, { allowedRegions: ['eu-west-1'] }).results) {
        // Addressed is allowed only from what is not a property: an attribute (DeletionPolicy) or another resource.
        const root = result.propertyPath?.split('.')[0];
        if (result.logicalId === 'Subject' && result.status === 'addressed' && root !== undefined && root in properties) {
          offenders.push(`${result.ruleId} on ${type}: ${result.message}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('one unresolvable property never turns a finding into addressed', () => {
    fc.assert(
      fc.property(template, fc.nat(), unresolvable, (generated, pick, unknown) => {
        const ids = Object.keys(generated.Resources).filter((id) => id !== 'Other');
        const id = ids[pick % ids.length];
        const target = (generated.Resources as Record<string, unknown>)[id] as { Type: string; Properties: Record<string, unknown> };
        const names = Object.keys(target.Properties);
        if (names.length === 0) return;
        const name = names[pick % names.length];
        const before = checkApp({ stacks: [modelOfTemplate(generated)] }, { failOn: 'none' }).results.filter((r) => r.logicalId === id);
        const mutated = { ...generated, Resources: { ...generated.Resources, [id]: { ...target, Properties: { ...target.Properties, [name]: unknown } } } };
        const after = checkApp({ stacks: [modelOfTemplate(mutated)] }, { failOn: 'none' }).results.filter((r) => r.logicalId === id);
        for (const result of after) {
          if (result.status !== 'addressed' || result.propertyPath?.split('.')[0] !== name) continue;
          // A result read from the now-unknown property cannot be addressed.
          throw new Error(`${result.ruleId} says addressed from unresolvable ${name}: ${result.message} (before: ${before.find((r) => r.ruleId === result.ruleId)?.status})`);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test('the same input gives byte-identical JSON, whatever the order of the files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-determinism-'));
    try {
      fc.assert(
        fc.property(fc.array(template, { minLength: 2, maxLength: 4 }), fc.boolean(), (templates, reverse) => {
          const files = templates.map((t, i) => {
            const file = path.join(dir, `t${i}.json`);
            fs.writeFileSync(file, JSON.stringify(t));
            return file;
          });
          const render = (paths: string[]) => renderJson(checkApp(loadApp(paths), { generatedAt: 'fixed' }));
          const first = render(files);
          expect(render(reverse ? [...files].reverse() : files)).toBe(first);
          expect(render([...files.slice(1), files[0]])).toBe(first);
        }),
        { seed: SEED, numRuns: 40 },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
