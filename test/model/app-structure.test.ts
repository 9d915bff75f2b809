import * as fs from 'fs';
import { App, Aspects, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SharedResponsibilityAspect, SharedResponsibilityChecks } from '../../lib/cdk';
import { checkApp } from '../../lib/check';
import { linkExports } from '../../lib/model/exports';
import { loadApp } from '../../lib/model/load';
import { ResourceReference } from '../../lib/model/values';
import type { Report } from '../../lib/report/report';
import { tempOutdir } from '../support/cdk-apps';

/** Producer exports a queue; Consumer imports it; Parent holds a nested stack with a database in the parent's VPC. */
function build(app: App): void {
  const producer = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'eu-west-1' } });
  const queue = new sqs.Queue(producer, 'Queue');
  const consumer = new Stack(app, 'Consumer', { env: { account: '111111111111', region: 'eu-west-1' } });
  new iam.Role(consumer, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
    new iam.PolicyStatement({ actions: ['sqs:ReceiveMessage'], resources: [queue.queueArn] }),
  );
  const parent = new Stack(app, 'Parent', { env: { account: '111111111111', region: 'eu-west-1' } });
  const vpc = new ec2.Vpc(parent, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const child = new NestedStack(parent, 'Data');
  new rds.DatabaseInstance(child, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
}

const keyOf = (report: Report) => report.results.map((r) => `${r.ruleId} ${r.stack} ${r.logicalId} ${r.status}`).sort();

describe('apps as people write them', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    build(app);
    Validations.of(app).addPlugins(new SharedResponsibilityChecks());
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app.synth();
    spy.mockRestore();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('nested stacks are loaded from the assembly, named by their construct path, with parameters from the parent', () => {
    const app = loadApp([outdir]);
    const nested = app.stacks.find((s) => s.name === 'Parent/Data');
    expect(nested).toBeDefined();
    expect(nested!.parent?.stack.name).toBe('Parent');
    const db = nested!.resourcesOfType('AWS::RDS::DBInstance')[0];
    expect(db).toBeDefined();
    const report = checkApp(app, { failOn: 'none' });
    expect(report.results.find((r) => r.ruleId === 'SRM-EAR-001' && r.stack === 'Parent/Data')?.status).toBe('unaddressed');
  });

  test('Fn::ImportValue of an export of another stack resolves to the exporting resource', () => {
    const app = loadApp([outdir]);
    linkExports(app);
    const consumer = app.stacks.find((s) => s.name === 'Consumer')!;
    const policy = consumer.resourcesOfType('AWS::IAM::Policy')[0];
    const resource = policy.get('PolicyDocument.Statement.0.Resource').value;
    expect(resource).toBeInstanceOf(ResourceReference);
    expect((resource as ResourceReference).stackId).toBe('Producer');
    expect(app.stacks.find((s) => s.id === 'Producer')!.resource((resource as ResourceReference).logicalId)?.type).toBe('AWS::SQS::Queue');
  });

  test('the CLI, the plugin and the Aspect give the same results on the same app', () => {
    const fromCli = checkApp(loadApp([outdir]), { failOn: 'none' });
    const fromPlugin = JSON.parse(fs.readFileSync(`${outdir}/shared-responsibility-report.json`, 'utf8')) as Report;
    const aspectOut = tempOutdir();
    const app = new App({ outdir: aspectOut });
    build(app);
    Aspects.of(app).add(new SharedResponsibilityAspect());
    app.synth();
    const fromAspect = JSON.parse(fs.readFileSync(`${aspectOut}/shared-responsibility-report.json`, 'utf8')) as Report;
    fs.rmSync(aspectOut, { recursive: true, force: true });
    expect(keyOf(fromPlugin)).toEqual(keyOf(fromCli));
    expect(keyOf(fromAspect)).toEqual(keyOf(fromPlugin));
    expect(fromCli.results.length).toBeGreaterThan(0);
  });
});
