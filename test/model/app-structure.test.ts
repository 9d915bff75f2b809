/**
 * Apps as people write them — a Stage with two stacks, a nested stack, a cross-stack reference, an
 * acknowledged finding, a stale acknowledgement, an environment-agnostic stack with allowedRegions —
 * checked through the plugin, the Aspect and the CLI on the written cdk.out, all three agreeing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, NestedStack, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { acknowledge, SharedResponsibilityAspect, SharedResponsibilityChecks } from '../../lib/cdk';
import { linkExports } from '../../lib/model/exports';
import { loadApp } from '../../lib/model/load';
import { ResourceReference } from '../../lib/model/values';
import type { Report } from '../../lib/report/report';
import { runCli } from '../support/cli';
import { tempOutdir } from '../support/cdk-apps';

const ENV = { account: '111111111111', region: 'eu-west-1' };
const ALLOWED = ['eu-west-1'];

function database(scope: Stack | NestedStack, vpc: ec2.IVpc, id = 'Db'): rds.DatabaseInstance {
  return new rds.DatabaseInstance(scope, id, { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
}
function isolatedVpc(scope: Stack): ec2.Vpc {
  return new ec2.Vpc(scope, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

function build(app: App): void {
  const producer = new Stack(app, 'Producer', { env: ENV });
  const queue = new sqs.Queue(producer, 'Queue');
  // Stale on purpose: the encryption rule of RDS instances never meets a queue.
  acknowledge(queue, { id: 'SRM-EAR-001', reason: 'Left over from an earlier database here' });
  const consumer = new Stack(app, 'Consumer', { env: ENV });
  new iam.Role(consumer, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
    new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: [queue.queueArn] }),
  );
  const parent = new Stack(app, 'Parent', { env: ENV });
  database(new NestedStack(parent, 'Data'), isolatedVpc(parent));
  new sqs.Queue(new Stack(app, 'Agnostic'), 'Queue');
  const prod = new Stage(app, 'Prod', { env: ENV });
  const first = new Stack(prod, 'First');
  acknowledge(database(first, isolatedVpc(first)), { id: 'SRM-EAR-001', reason: 'Encrypted by the storage appliance of the data centre' });
  new sqs.Queue(new Stack(prod, 'Second'), 'Queue');
}

const keyOf = (report: Report) => report.results.map((r) => `${r.ruleId} ${r.stack} ${r.logicalId}${r.key ? `#${r.key}` : ''} ${r.status}`).sort();
const staleOf = (report: Report) => report.staleAcknowledgements.map((s) => `${s.id} ${s.stack}`).sort();

describe('apps as people write them', () => {
  let outdir: string;
  let fromPlugin: Report;
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    build(app);
    Validations.of(app).addPlugins(new SharedResponsibilityChecks({ allowedRegions: ALLOWED }));
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app.synth();
    spy.mockRestore();
    fromPlugin = JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8')) as Report;
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('every stack is loaded: Stage stacks, nested stacks (named by construct path), env-agnostic ones', () => {
    const app = loadApp([outdir]);
    const names = app.stacks.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Producer', 'Consumer', 'Parent', 'Parent/Data', 'Agnostic', 'Prod/First', 'Prod/Second']));
    expect(app.stacks.find((s) => s.name === 'Parent/Data')!.parent?.stack.name).toBe('Parent');
    expect(app.stacks.find((s) => s.name === 'Agnostic')!.environment).toEqual({});
    expect(app.stacks.find((s) => s.name === 'Prod/First')!.environment).toEqual({ account: ENV.account, region: ENV.region });
  });

  test('Fn::ImportValue of an export of another stack resolves to the exporting resource', () => {
    const app = loadApp([outdir]);
    linkExports(app);
    const policy = app.stacks.find((s) => s.name === 'Consumer')!.resourcesOfType('AWS::IAM::Policy')[0];
    const resource = policy.get('PolicyDocument.Statement.0.Resource').value;
    expect(resource).toBeInstanceOf(ResourceReference);
    expect(app.stacks.find((s) => s.id === (resource as ResourceReference).stackId)!.resource((resource as ResourceReference).logicalId)?.type).toBe('AWS::SQS::Queue');
  });

  test('findings in nested stacks, acknowledgements and stale ones, region choice per stack', () => {
    const find = (ruleId: string, stack: string) => fromPlugin.results.find((r) => r.ruleId === ruleId && r.stack === stack);
    expect(find('SRM-EAR-001', 'Parent/Data')?.status).toBe('unaddressed');
    expect(find('SRM-EAR-001', 'Prod/First')).toMatchObject({ status: 'acknowledged', acknowledgement: 'Encrypted by the storage appliance of the data centre' });
    expect(staleOf(fromPlugin)).toEqual(['SRM-EAR-001 Producer']);
    const region = fromPlugin.results.filter((r) => r.duty === 'region-residency' && r.resourceType === 'AWS::CloudFormation::Stack');
    if (region.length > 0) {
      expect(region.find((r) => r.stack === 'Agnostic')?.status).toBe('needs-review');
      expect(region.find((r) => r.stack === 'Producer')?.status).toBe('addressed');
    }
  });

  test('the CLI on cdk.out, the plugin and the Aspect agree', () => {
    const cli = runCli('check', outdir, '--format', 'json', '--fail-on', 'none', '--allowed-regions', ALLOWED.join(','));
    expect(cli.code).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as Report;
    const aspectOut = tempOutdir();
    const app = new App({ outdir: aspectOut });
    build(app);
    Aspects.of(app).add(new SharedResponsibilityAspect({ allowedRegions: ALLOWED }));
    app.synth();
    const fromAspect = JSON.parse(fs.readFileSync(path.join(aspectOut, 'shared-responsibility-report.json'), 'utf8')) as Report;
    fs.rmSync(aspectOut, { recursive: true, force: true });
    expect(keyOf(fromCli)).toEqual(keyOf(fromPlugin));
    expect(keyOf(fromAspect)).toEqual(keyOf(fromPlugin));
    expect(staleOf(fromCli)).toEqual(staleOf(fromPlugin));
    expect(staleOf(fromAspect)).toEqual(staleOf(fromPlugin));
  });

  test('a nested stack whose template is missing from the assembly: exit 2 naming the file', () => {
    const copy = tempOutdir();
    fs.cpSync(outdir, copy, { recursive: true });
    const nested = fs.readdirSync(copy).find((f) => f.endsWith('.nested.template.json'))!;
    fs.rmSync(path.join(copy, nested));
    const run = runCli('check', copy);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(nested);
    expect(run.stderr).toMatch(/missing from the assembly/);
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
