/**
 * The catalogue as a whole: breadth, unique ids, and mappings that are true claims about AWS.
 * A rule that lists a Control Tower control must check the same resource type that control checks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DUTIES, categoryOfType } from '../../lib/categories';
import { renderCatalogueMarkdown } from '../../lib/report/catalogue';
import { controlCoverage } from '../../lib/report/control-coverage';
import { CDK_RESOURCE_STAND_INS } from '../../lib/categories/cdk-custom-resources';
import { ALL_RULES } from '../../rules';

interface Control {
  id: string;
  resourceTypes: string[];
  configRule: string | null;
  securityHub: string[];
  objectives: string[];
}

const referencePath = path.join(__dirname, '..', '..', '..', 'shared', 'reference', 'control-tower-proactive-controls.json');
const reference = fs.existsSync(referencePath) ? (JSON.parse(fs.readFileSync(referencePath, 'utf8')) as { controls: Control[] }) : undefined;
const describeWithReference = reference ? describe : describe.skip;

const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec') as { loadAwsServiceSpecSync(): { all(kind: string): { cloudFormationType: string }[] } };

describe('catalogue', () => {
  test('ids are unique and follow the scheme, and every rule file is listed in the catalogue', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^SRM-(EAR|EIT|NET|BKP|REG|PAT|IAM|LOG)-\d{3}$/);
    const listed = new Set<unknown>(ALL_RULES);
    const unlisted: string[] = [];
    for (const duty of DUTIES) {
      const dir = path.join(__dirname, '..', '..', 'rules', duty);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        // Helper modules may sit beside the rules; a file whose default export is a rule must be listed.
        const exported = (require(path.join(dir, file)) as { default?: { id?: unknown; check?: unknown } }).default;
        if (exported && typeof exported.check === 'function' && !listed.has(exported)) unlisted.push(`${duty}/${file}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  test('retired ids (docs/RULE-IDS.md) are never reused', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'RULE-IDS.md'), 'utf8');
    const retired = [...doc.split('## Retired ids')[1].matchAll(/^\| `(SRM-[A-Z]{3}-\d{3})`/gm)].map((m) => m[1]);
    expect(retired.length).toBeGreaterThan(0);
    expect(ALL_RULES.map((rule) => rule.id).filter((id) => retired.includes(id))).toEqual([]);
  });

  test('each rule id code matches its duty', () => {
    const codes: Record<string, string> = {
      'encryption-at-rest': 'EAR', 'encryption-in-transit': 'EIT', 'network-exposure': 'NET', 'backup-recovery': 'BKP',
      'region-residency': 'REG', 'patch-management': 'PAT', 'identity-access': 'IAM', 'logging-monitoring': 'LOG',
    };
    for (const rule of ALL_RULES) expect(`${rule.id} ${rule.id.split('-')[1]}`).toBe(`${rule.id} ${codes[rule.duty]}`);
  });

  test('every resource type a rule names exists in the CloudFormation spec (or is a CDK stand-in for one)', () => {
    const known = new Set(loadAwsServiceSpecSync().all('resource').map((r) => r.cloudFormationType));
    known.add('AWS::CloudFormation::Stack');
    for (const standIn of CDK_RESOURCE_STAND_INS.keys()) known.add(standIn);
    for (const rule of ALL_RULES) {
      for (const type of rule.resourceTypes) expect(`${rule.id} ${type} ${known.has(type)}`).toBe(`${rule.id} ${type} true`);
      for (const type of rule.resourceTypes) expect(categoryOfType(type)).toBeDefined();
    }
  });

  test('AWS Config rule identifiers have the managed-rule shape', () => {
    for (const rule of ALL_RULES) {
      if (rule.controls.configRule) expect(rule.controls.configRule).toMatch(/^[A-Z0-9_]+$/);
    }
  });

  test('docs/RULES.md is generated from the metadata (run `npm run docs:rules`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'RULES.md'), 'utf8');
    expect(committed).toBe(renderCatalogueMarkdown(ALL_RULES));
  });
});

describeWithReference('Control Tower mappings', () => {
  test('every listed control exists and checks a resource type the rule checks', () => {
    const controls = new Map(reference!.controls.map((control) => [control.id, control]));
    for (const rule of ALL_RULES) {
      for (const id of rule.controls.controlTower ?? []) {
        const control = controls.get(id);
        expect(`${rule.id} lists ${id}: ${control ? 'exists' : 'unknown'}`).toBe(`${rule.id} lists ${id}: exists`);
        const shared = control!.resourceTypes.filter((type) => rule.resourceTypes.includes(type) || rule.resourceTypes.includes('AWS::CloudFormation::Stack'));
        expect(`${rule.id} ${id} shares a type: ${shared.length > 0}`).toBe(`${rule.id} ${id} shares a type: true`);
      }
    }
  });
});

describe('breadth', () => {
  test('at least 120 rules, at least five per duty', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(120);
    for (const duty of DUTIES) expect(`${duty}: ${ALL_RULES.filter((rule) => rule.duty === duty).length >= 5}`).toBe(`${duty}: true`);
  });
});

describeWithReference('Control Tower coverage', () => {
  test('at least 80% of the 181 controls whose objective is one of our duties', () => {
    const coverage = controlCoverage(ALL_RULES, reference!.controls.map((c) => ({ ...c, title: '' })));
    expect(coverage.inScope).toBe(181);
    expect(coverage.covered / coverage.inScope).toBeGreaterThanOrEqual(0.8);
  });
});
