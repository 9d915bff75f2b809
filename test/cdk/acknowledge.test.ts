import * as fs from 'fs';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { acknowledge, SharedResponsibilityChecks } from '../../lib/cdk';
import type { Report } from '../../lib/report/report';
import { runCli } from '../support/cli';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';

function synthWith(configure: (app: App, db: import('constructs').IConstruct) => void): { outdir: string; report: Report } {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = addSampleStack(app, 'Sample');
  configure(app, stack.node.findChild('Db'));
  Validations.of(app).addPlugins(new SharedResponsibilityChecks());
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    app.synth();
  } finally {
    spy.mockRestore();
  }
  return { outdir, report: JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8')) as Report };
}

const encryption = (report: Report) => report.results.find((r) => r.ruleId === 'SRM-EAR-001')!;

describe('acknowledgements', () => {
  test("the project's helper acknowledges a subtree, and the CLI honours it on cdk.out", () => {
    const { outdir, report } = synthWith((_app, db) => acknowledge(db, { id: 'SRM-EAR-001', reason: 'Encrypted by the storage layer of the appliance' }));
    expect(encryption(report)).toMatchObject({ status: 'acknowledged', acknowledgement: 'Encrypted by the storage layer of the appliance' });
    const cli = JSON.parse(runCli('check', outdir, '--format', 'json', '--fail-on', 'none').stdout) as Report;
    expect(encryption(cli).status).toBe('acknowledged');
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('Validations.of(construct).acknowledge is honoured by the plugin', () => {
    const { outdir, report } = synthWith((_app, db) =>
      Validations.of(db).acknowledge({ id: 'cdk-shared-responsibility::SRM-EAR-001', reason: 'Encrypted at the volume level by policy' }),
    );
    expect(encryption(report).status).toBe('acknowledged');
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('an acknowledgement that matches nothing is reported as stale', () => {
    const { outdir, report } = synthWith((_app, db) => acknowledge(db, { id: 'SRM-EAR-001', key: 'no-such-finding', reason: 'A key that no finding of the rule carries' }));
    expect(report.staleAcknowledgements).toEqual([expect.objectContaining({ id: 'SRM-EAR-001', key: 'no-such-finding' })]);
    expect(encryption(report).status).toBe('unaddressed');
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('an unknown rule id or a short reason is a clear error naming the construct', () => {
    const app = new App();
    const stack = addSampleStack(app, 'Sample');
    const db = stack.node.findChild('Db');
    expect(() => acknowledge(db, { id: 'SRM-EAR-999', reason: 'long enough reason here' })).toThrow(/Sample\/Db: cannot acknowledge unknown rule id "SRM-EAR-999"/);
    expect(() => acknowledge(db, { id: 'SRM-EAR-001', reason: 'short' })).toThrow(/Sample\/Db: acknowledging SRM-EAR-001 needs a reason of at least 10 characters/);
  });
});
