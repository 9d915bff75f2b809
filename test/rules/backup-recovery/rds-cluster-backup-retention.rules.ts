import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-cluster-backup-retention';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, plan, ref, resource, selectionOf, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => resource('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', ...properties });
const auroraCluster = (stack: Parameters<typeof isolatedVpc>[0], retention?: Duration) =>
  new rds.DatabaseCluster(stack, 'Cluster', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'),
    vpc: isolatedVpc(stack),
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    backup: retention ? { retention } : undefined,
  });

testRule(rule, [
  { name: '7 days', resources: { C: cluster({ BackupRetentionPeriod: 7 }) }, expect: 'addressed' },
  { name: 'absent: the 1-day default', resources: { C: cluster() }, expect: [{ status: 'unaddressed', message: /default of 1 day/ }] },
  { name: '3 days', resources: { C: cluster({ BackupRetentionPeriod: 3 }) }, expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: { C: cluster({ BackupRetentionPeriod: ref }) }, expect: 'needs-review' },
  { name: 'covered by AWS Backup', resources: { C: cluster(), Plan: plan, Sel: selectionOf({ 'Fn::GetAtt': ['C', 'DBClusterArn'] }) }, expect: [{ status: 'addressed', on: 'C' }] },
  { name: 'DatabaseCluster keeping 14 days of backups', cdk: (stack) => void auroraCluster(stack, Duration.days(14)), expect: 'addressed' },
  { name: 'DatabaseCluster with the default retention', cdk: (stack) => void auroraCluster(stack), expect: 'unaddressed' },
]);
