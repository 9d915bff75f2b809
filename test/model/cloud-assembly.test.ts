import * as fs from 'fs';
import * as path from 'path';
import { App, Stage } from 'aws-cdk-lib';
import { loadApp } from '../../lib/model/load';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';

describe('cloud assembly loading', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Pinned', { account: '111111111111', region: 'eu-west-1' });
    addSampleStack(app, 'Agnostic');
    const stage = new Stage(app, 'Prod', { env: { account: '222222222222', region: 'eu-central-1' } });
    addSampleStack(stage, 'Inner');
    app.synth();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('every stack, including those of nested assemblies (Stages), with its environment', () => {
    const app = loadApp([outdir]);
    const stacks = app.stacks.map((s) => [s.name, s.environment.account, s.environment.region]);
    expect(stacks).toEqual(
      expect.arrayContaining([
        ['Pinned', '111111111111', 'eu-west-1'],
        ['Agnostic', undefined, undefined],
        ['Prod/Inner', '222222222222', 'eu-central-1'],
      ]),
    );
  });

  test('resources carry their construct paths and AWS::Region resolves per stack', () => {
    const pinned = loadApp([outdir]).stacks.find((s) => s.name === 'Pinned')!;
    const db = pinned.resourcesOfType('AWS::RDS::DBInstance')[0];
    expect(db.constructPath).toBe('Pinned/Db/Resource');
    expect(db.construct).toBe('aws-cdk-lib.aws_rds.DatabaseInstance');
    expect(db.source?.file).toBe('test/support/cdk-apps.ts');
    expect(db.source?.line).toBeGreaterThan(0);
    expect(pinned.resolver.resolve({ Ref: 'AWS::Region' })).toBe('eu-west-1');
  });

  test('the reference index knows who refers to whom', () => {
    const pinned = loadApp([outdir]).stacks.find((s) => s.name === 'Pinned')!;
    const db = pinned.resourcesOfType('AWS::RDS::DBInstance')[0];
    const targets = pinned.index.references(db.logicalId).map((edge) => pinned.resource(edge.target)?.type);
    expect(targets).toEqual(expect.arrayContaining(['AWS::RDS::DBSubnetGroup', 'AWS::EC2::SecurityGroup']));
    const bucket = pinned.resourcesOfType('AWS::S3::Bucket')[0];
    expect(pinned.index.referrers(bucket.logicalId).map((edge) => pinned.resource(edge.source)?.type)).toContain('AWS::S3::BucketPolicy');
  });

  test('a manifest pointing outside the assembly or at a missing template is a clear error', () => {
    const broken = tempOutdir();
    fs.writeFileSync(path.join(broken, 'manifest.json'), JSON.stringify({ artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' } } } }));
    expect(() => loadApp([broken])).toThrow(/S\.template\.json: no such file or directory/);
    fs.writeFileSync(path.join(broken, 'manifest.json'), JSON.stringify({ artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: '../../etc/passwd' } } } }));
    expect(() => loadApp([broken])).toThrow(/outside the assembly directory/);
    fs.writeFileSync(path.join(broken, 'manifest.json'), '{ nope');
    expect(() => loadApp([broken])).toThrow(/manifest\.json: not valid JSON/);
    fs.rmSync(broken, { recursive: true, force: true });
  });
});
