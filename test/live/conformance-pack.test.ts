import * as fs from 'fs';
import { App } from 'aws-cdk-lib';
import { parse } from 'yaml';
import * as os from 'os';
import * as path from 'path';
import { conformancePackCommand } from '../../lib/cli/conformance-pack-command';
import { LEFT_OUT_OF_PACK, conformancePackRules, renderConformancePack } from '../../lib/live/conformance-pack';
import { loadApp } from '../../lib/model/load';
import { ALL_RULES } from '../../rules';
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

test('managed rules that need the customer\'s own parameters are left out, and the header says why', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-pack-'));
  const file = path.join(dir, 'template.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs14.x', Handler: 'i.h', Role: 'arn:aws:iam::111111111111:role/r', Code: { ZipFile: 'x' } } },
        Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Version: '1.21', RoleArn: 'arn:aws:iam::111111111111:role/r', ResourcesVpcConfig: { SubnetIds: ['subnet-1'] } } },
        Listener: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08', Port: 443, LoadBalancerArn: 'arn', DefaultActions: [] } },
        Bucket: { Type: 'AWS::S3::Bucket' },
      },
    }),
  );
  const entries = conformancePackRules(loadApp([file]), ALL_RULES);
  const identifiers = entries.map((entry) => entry.identifier);
  expect(identifiers).toContain('S3_BUCKET_VERSIONING_ENABLED');
  const text = renderConformancePack(entries);
  for (const left of Object.keys(LEFT_OUT_OF_PACK)) {
    expect(identifiers).not.toContain(left);
    expect(text).toMatch(new RegExp(`^# - ${left}: `, 'm'));
  }
  // Without the exclusions these types would have brought them in: the test would notice a rename.
  expect(ALL_RULES.filter((rule) => rule.controls.configRule && rule.controls.configRule in LEFT_OUT_OF_PACK).length).toBe(3);
  fs.rmSync(dir, { recursive: true, force: true });
});
