import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Duration, Stack, Stage } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** A fresh temporary directory for a cloud assembly; removed by the caller. */
export function tempOutdir(prefix = 'srm-cdk-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Adds a small stack with one unencrypted database without backups and a compliant bucket. */
export function addSampleStack(scope: App | Stage, id: string, env?: { account?: string; region?: string }): Stack {
  const stack = new Stack(scope, id, { env });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new rds.DatabaseInstance(stack, 'Db', {
    engine: rds.DatabaseInstanceEngine.POSTGRES,
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    backupRetention: Duration.days(0),
  });
  new s3.Bucket(stack, 'Bucket', { enforceSSL: true, versioned: true });
  return stack;
}
