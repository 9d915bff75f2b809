/**
 * Generates a realistic CDK app of about N resources for the benchmark: many stacks, each a VPC and
 * repeated "service units" (security groups, instances, databases, buckets, tables, queues,
 * functions), with some duties addressed and some not, so every rule family has work to do.
 */
import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** Resources per stack stay well under CloudFormation's limit of 500. */
const UNITS_PER_STACK = 26;

function addUnit(scope: Construct, id: string, vpc: ec2.IVpc, variant: number): void {
  const open = variant % 3 === 0;
  const group = new ec2.SecurityGroup(scope, `${id}Group`, { vpc, description: `${id} hosts` });
  group.addIngressRule(open ? ec2.Peer.anyIpv4() : ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22));
  group.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(443));
  new ec2.Instance(scope, `${id}Host`, {
    vpc,
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machineImage: ec2.MachineImage.genericLinux({ 'eu-west-1': 'ami-12345678' }),
    securityGroup: group,
    requireImdsv2: variant % 2 === 0,
    blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: variant % 2 === 0 }) }],
  });
  new rds.DatabaseInstance(scope, `${id}Db`, {
    engine: rds.DatabaseInstanceEngine.POSTGRES,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    storageEncrypted: variant % 2 === 1,
    backupRetention: Duration.days(variant % 4 === 0 ? 0 : 7),
    removalPolicy: RemovalPolicy.SNAPSHOT,
  });
  new s3.Bucket(scope, `${id}Bucket`, { enforceSSL: variant % 2 === 0, versioned: variant % 3 !== 0 });
  new dynamodb.Table(scope, `${id}Table`, {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: variant % 2 === 0 },
  });
  new sqs.Queue(scope, `${id}Queue`, { enforceSSL: variant % 2 === 1 });
  new lambda.Function(scope, `${id}Fn`, {
    runtime: variant % 5 === 0 ? lambda.Runtime.NODEJS_18_X : lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({})'),
  });
}

export interface BenchApp {
  readonly app: App;
  readonly stacks: number;
}

/** Builds (does not synthesize) an app of roughly `resources` CloudFormation resources. */
export function buildBenchApp(resources: number, outdir: string): BenchApp {
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': true } });
  // Measured: a VPC synthesizes to 23 resources and a unit to 15; a full stack holds 26 units.
  const stacks = Math.max(1, Math.ceil(resources / (23 + 15 * UNITS_PER_STACK)));
  const units = Math.max(1, Math.round((resources - 23 * stacks) / 15));
  for (let s = 0; s < stacks; s++) {
    const stack = new Stack(app, `Bench${s}`, { env: { account: '111111111111', region: 'eu-west-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });
    const inThisStack = Math.floor(units / stacks) + (s < units % stacks ? 1 : 0);
    for (let u = 0; u < inThisStack; u++) addUnit(stack, `Unit${u}`, vpc, s * UNITS_PER_STACK + u);
  }
  return { app, stacks };
}
