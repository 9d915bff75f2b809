#!/usr/bin/env node
/**
 * The demo app `cdk synth` runs: a small, realistic workload where some customer duties are
 * addressed and some are not, so the checker has something to say. Try
 * `npx cdk synth -c cdk-srm:failOn=high` to see the same findings fail the synth.
 */
import { App, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { SharedResponsibilityChecks } from '../lib';

class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Network', { maxAzs: 2, natGateways: 1 });

    // A bastion left open to the world on SSH: the firewall is the customer's half of EC2.
    const bastionGroup = new ec2.SecurityGroup(this, 'BastionGroup', { vpc, description: 'Bastion access' });
    bastionGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH from anywhere');
    new ec2.Instance(this, 'Bastion', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      securityGroup: bastionGroup,
      requireImdsv2: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }],
    });

    // The database: AWS runs the engine; encryption and backups are still the customer's choices.
    new rds.DatabaseInstance(this, 'OrdersDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      storageEncrypted: false,
      backupRetention: Duration.days(0),
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });

    new s3.Bucket(this, 'Invoices', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new sqs.Queue(this, 'OrderEvents', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true });
  }
}

const app = new App();
new OrdersStack(app, 'OrdersStack', { env: { region: 'eu-west-1' } });
Validations.of(app).addPlugins(new SharedResponsibilityChecks({ allowedRegions: ['eu-west-1', 'eu-central-1'] }));
