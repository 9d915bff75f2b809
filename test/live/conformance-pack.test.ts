import * as fs from 'fs';
import { App } from 'aws-cdk-lib';
import { parse } from 'yaml';
import { conformancePackCommand } from '../../lib/cli/conformance-pack-command';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';

test('conformance-pack writes the managed rules that match the app, with their parameters', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  addSampleStack(app, 'Sample');
  app.synth();
  let stdout = '';
  const code = conformancePackCommand([outdir], { stdout: (t) => (stdout += t), stderr: () => undefined, isTty: false });
  expect(code).toBe(0);
  const pack = parse(stdout) as { Resources: Record<string, { Type: string; Properties: { ConfigRuleName: string; Source: { Owner: string; SourceIdentifier: string } } }> };
  const identifiers = Object.values(pack.Resources).map((r) => r.Properties.Source.SourceIdentifier);
  expect(identifiers).toContain('RDS_STORAGE_ENCRYPTED');
  for (const resource of Object.values(pack.Resources)) {
    expect(resource.Type).toBe('AWS::Config::ConfigRule');
    expect(resource.Properties.Source.Owner).toBe('AWS');
    expect(resource.Properties.ConfigRuleName).toMatch(/^[a-z0-9-]+$/);
  }
  fs.rmSync(outdir, { recursive: true, force: true });
});
