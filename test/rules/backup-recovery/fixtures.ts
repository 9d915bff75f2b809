/** Small builders shared by the backup-recovery rule tests. */
import type { Stack } from 'aws-cdk-lib';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

export const resource = (type: string, properties: object = {}, attributes: object = {}) => ({ Type: type, Properties: properties, ...attributes });

/** A parameter without a default: the tool cannot know its value. */
export const unknownParameter = { Value: { Type: 'String' } };
export const ref = { Ref: 'Value' };

export const plan = resource('AWS::Backup::BackupPlan', {
  BackupPlan: { BackupPlanName: 'p', BackupPlanRule: [{ RuleName: 'Daily', TargetBackupVault: 'v', Lifecycle: { DeleteAfterDays: 35 } }] },
});

/** A selection of plan `Plan` with the given `Resources` entries. */
export const selectionOf = (...resources: unknown[]) =>
  resource('AWS::Backup::BackupSelection', {
    BackupPlanId: { 'Fn::GetAtt': ['Plan', 'BackupPlanId'] },
    BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::1:role/r', Resources: resources },
  });

export function isolatedVpc(stack: Stack, maxAzs = 2): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { maxAzs, natGateways: 0, subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

/** A DocumentDB cluster with the given props, in an isolated VPC. */
export const docdbCluster = (props: Partial<docdb.DatabaseClusterProps> = {}) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new docdb.DatabaseCluster(stack, 'C', {
    masterUser: { username: 'admin' },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
    vpc: isolatedVpc(stack),
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ...props,
  });
