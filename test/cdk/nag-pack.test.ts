import * as fs from 'fs';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SharedResponsibilityChecks } from '../../lib/cdk';
import { SharedResponsibilityPack } from '../../lib/nag';
import type { Report } from '../../lib/report/report';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';

const ruleNames = (report: { violations: { ruleName: string }[] }) => report.violations.map((v) => v.ruleName);

describe('cdk-nag v3 pack', () => {
  test('reports the catalogue under cdk-nag rule ids', () => {
    const app = new App();
    addSampleStack(app, 'Sample');
    const report = new SharedResponsibilityPack(app).validateScope(app);
    expect(ruleNames(report)).toContain('SharedResponsibility-SRM-EAR-001');
  });

  test("cdk-nag's own acknowledgement workflow applies", () => {
    const app = new App();
    const stack = addSampleStack(app, 'Sample');
    Validations.of(stack.node.findChild('Db')).acknowledge({ id: 'SharedResponsibility-SRM-EAR-001', reason: 'Encrypted by the storage appliance' });
    expect(ruleNames(new SharedResponsibilityPack(app).validateScope(app))).not.toContain('SharedResponsibility-SRM-EAR-001');
  });

  test('acknowledgements of equivalent cdk-nag rules are honoured only when asked', () => {
    const app = new App();
    const stack = addSampleStack(app, 'Sample');
    Validations.of(stack.node.findChild('Db')).acknowledge({ id: 'AwsSolutions-RDS2', reason: 'Reviewed under the cdk-nag rule already' });
    expect(ruleNames(new SharedResponsibilityPack(app).validateScope(app))).toContain('SharedResponsibility-SRM-EAR-001');
    expect(ruleNames(new SharedResponsibilityPack(app, { honourCdkNagAcknowledgements: true }).validateScope(app))).not.toContain('SharedResponsibility-SRM-EAR-001');
  });
});

describe('beside cdk-nag and the CDK built-in validation', () => {
  test('one synth with all three is clean, and equivalent acknowledgements carry over when asked', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const stack = addSampleStack(app, 'Sample');
    Validations.of(stack.node.findChild('Db')).acknowledge({ id: 'AwsSolutions-RDS2', reason: 'Reviewed under the cdk-nag rule already' });
    Validations.of(app).addPlugins(new SharedResponsibilityChecks({ honourCdkNagAcknowledgements: true }), new AwsSolutionsChecks(app));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app.synth();
    } catch (error) {
      // cdk-nag fails the synth on its own findings; ours must still have run and written its report
      expect(String(error)).not.toMatch(/cdk-shared-responsibility.*(TypeError|ReferenceError)/);
    } finally {
      spy.mockRestore();
    }
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8')) as Report;
    const encryption = report.results.find((r) => r.ruleId === 'SRM-EAR-001')!;
    expect(encryption.status).toBe('acknowledged');
    expect(encryption.acknowledgement).toMatch(/acknowledged as AwsSolutions-RDS2/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
