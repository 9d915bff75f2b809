import * as path from 'path';
import { checkApp } from '../../lib/check';
import { fingerprintOf, type ResourceEntry, type Result } from '../../lib/engine/result';
import { loadApp } from '../../lib/model/load';
import { buildReport, type Report } from '../../lib/report/report';
import type { AppModel } from '../../lib/model/stack';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const ACCEPTANCE = path.join(FIXTURES, 'templates', 'issue2-acceptance.yaml');
export const GENERATED_AT = '2024-01-01T00:00:00.000Z';

/** The acceptance template through the real pipeline, with a fixed timestamp. */
export function acceptanceReport(): Report {
  return checkApp(loadApp([ACCEPTANCE]), { failOn: 'high', generatedAt: GENERATED_AT });
}

/** A hostile string: if any renderer fails to escape it, the markup or script would show up. */
export const HOSTILE = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">=cmd|' /C calc'!A0 @here | \`x\``;

export function makeResult(overrides: Partial<Result> = {}): Result {
  const base = {
    ruleId: 'SRM-EAR-001',
    title: 'RDS DB instance storage is encrypted',
    duty: 'encryption-at-rest',
    status: 'unaddressed',
    severity: 'high',
    category: 'container',
    stack: 'AppStack',
    templatePath: 'cdk.out/AppStack.template.json',
    logicalId: 'Database',
    resourceType: 'AWS::RDS::DBInstance',
    constructPath: 'AppStack/Database/Resource',
    line: 12,
    message: 'StorageEncrypted is not set',
    fix: 'Set StorageEncrypted: true',
    evidence: [{ description: 'StorageEncrypted = (absent)', propertyPath: 'StorageEncrypted' }],
    configRule: 'RDS_STORAGE_ENCRYPTED',
    securityHub: ['RDS.3'],
    controlTower: ['CT.RDS.PR.16'],
    nist80053: ['SC-28'],
    ...overrides,
  } satisfies Omit<Result, 'fingerprint'>;
  return { ...base, fingerprint: overrides.fingerprint ?? fingerprintOf({ ruleId: base.ruleId, stack: base.stack, subject: base.constructPath ?? base.logicalId, key: base.key }) };
}

/** A report around hand-made results, built by the same buildReport the CLI uses. */
export function makeReport(results: readonly Result[], resources?: readonly ResourceEntry[]): Report {
  const entries: ResourceEntry[] = resources
    ? [...resources]
    : [...new Map(results.map((r) => [`${r.stack}\u0000${r.logicalId}`, { stack: r.stack, templatePath: r.templatePath, logicalId: r.logicalId, type: r.resourceType, constructPath: r.constructPath, category: r.category }])).values()];
  const stacks = [...new Map(results.map((r) => [r.stack, r.templatePath])).entries()];
  const app = { stacks: stacks.map(([name, templatePath]) => ({ name, templatePath, environment: {} })) } as unknown as AppModel;
  return buildReport(app, { results: [...results], resources: entries, staleAcknowledgements: [] }, { failOn: 'high', generatedAt: GENERATED_AT });
}
