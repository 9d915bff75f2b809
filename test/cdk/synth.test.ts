import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Validations } from 'aws-cdk-lib';
import { SharedResponsibilityAspect, SharedResponsibilityChecks } from '../../lib/cdk';
import type { Report } from '../../lib/report/report';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';

function readReport(outdir: string): Report {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8')) as Report;
}

/** Results without the volatile parts, for comparing the two entry points. */
function comparable(report: Report) {
  return report.results.map((r) => [r.ruleId, r.stack, r.logicalId, r.status, r.constructPath]).sort();
}

describe('validation plugin', () => {
  test('warns by default: synth succeeds and the report is written into the assembly', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Sample', { region: 'eu-west-1' });
    Validations.of(app).addPlugins(new SharedResponsibilityChecks());
    expect(() => app.synth()).not.toThrow();
    const report = readReport(outdir);
    const db = report.results.find((r) => r.ruleId === 'SRM-EAR-001');
    expect(db).toMatchObject({ status: 'unaddressed', category: 'container', constructPath: 'Sample/Db/Resource' });
    expect(fs.readFileSync(path.join(outdir, 'shared-responsibility-summary.md'), 'utf8')).toMatch(/SRM-EAR-001/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('fails synth at failOn, naming construct path, duty, category and fix', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Sample');
    Validations.of(app).addPlugins(new SharedResponsibilityChecks({ failOn: 'high' }));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = (error as Error).message;
    }
    const printed = spy.mock.calls.map((call) => call.join(' ')).join('\n');
    spy.mockRestore();
    const everything = `${message}\n${printed}`;
    expect(message).not.toBe('');
    expect(everything).toMatch(/Sample\/Db\/Resource/);
    expect(everything).toMatch(/encryption-at-rest, container service/);
    expect(everything).toMatch(/SRM-EAR-001/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('the context value cdk-srm:failOn turns warnings into a failed synth', () => {
    const app = new App({ outdir: tempOutdir(), context: { 'cdk-srm:failOn': 'high' } });
    addSampleStack(app, 'Sample');
    Validations.of(app).addPlugins(new SharedResponsibilityChecks());
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => app.synth()).toThrow();
    spy.mockRestore();
  });
});

describe('Aspect', () => {
  test('errors at failOn, warnings below, and the same results as the plugin', () => {
    const pluginOut = tempOutdir();
    const withPlugin = new App({ outdir: pluginOut });
    addSampleStack(withPlugin, 'Sample', { region: 'eu-west-1' });
    Validations.of(withPlugin).addPlugins(new SharedResponsibilityChecks());
    withPlugin.synth();

    const aspectOut = tempOutdir();
    const withAspect = new App({ outdir: aspectOut });
    addSampleStack(withAspect, 'Sample', { region: 'eu-west-1' });
    Aspects.of(withAspect).add(new SharedResponsibilityAspect({ failOn: 'high' }));
    const assembly = withAspect.synth();

    expect(comparable(readReport(aspectOut))).toEqual(comparable(readReport(pluginOut)));
    const messages = assembly.getStackByName('Sample').messages;
    const db = messages.filter((m) => m.id.includes('/Db/'));
    expect(db.some((m) => m.level === 'error' && String(m.entry.data).includes('SRM-EAR-001'))).toBe(true);
    fs.rmSync(pluginOut, { recursive: true, force: true });
    fs.rmSync(aspectOut, { recursive: true, force: true });
  });
});
