import { Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-instance-backup-retention';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, plan, ref, resource, selectionOf, unknownParameter } from './fixtures';

const db = (properties: object = {}) => resource('AWS::RDS::DBInstance', { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...properties });

testRule(rule, [
  { name: '7 days', resources: { Db: db({ BackupRetentionPeriod: 7 }) }, expect: 'addressed' },
  { name: '"14" as a string', resources: { Db: db({ BackupRetentionPeriod: '14' }) }, expect: 'addressed' },
  { name: 'absent: the 1-day default', resources: { Db: db() }, expect: [{ status: 'unaddressed', on: 'Db', message: /default of 1 day/, propertyPath: 'BackupRetentionPeriod' }] },
  { name: '0 turns backups off', resources: { Db: db({ BackupRetentionPeriod: 0 }) }, expect: [{ status: 'unaddressed', message: /turned off/ }] },
  { name: '3 days is too short', resources: { Db: db({ BackupRetentionPeriod: 3 }) }, expect: [{ status: 'unaddressed', message: /fewer than 7/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: { Db: db({ BackupRetentionPeriod: ref }) }, expect: [{ status: 'needs-review', message: /no default/ }] },
  { name: 'wrong type', resources: { Db: db({ BackupRetentionPeriod: 'weekly' }) }, expect: [{ status: 'needs-review', propertyPath: 'BackupRetentionPeriod' }] },
  {
    name: 'no retention, but an AWS Backup selection names the instance',
    resources: { Db: db({ BackupRetentionPeriod: 0 }), Plan: plan, Sel: selectionOf({ 'Fn::Sub': 'arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:${Db}' }) },
    expect: [{ status: 'addressed', message: /selection Sel \(plan Plan\)/ }],
  },
  {
    name: 'no retention and a selection the tool cannot resolve',
    parameters: unknownParameter,
    resources: { Db: db({ BackupRetentionPeriod: 1 }), Plan: plan, Sel: selectionOf(ref) },
    expect: [{ status: 'needs-review', message: /may select it/ }],
  },
  { name: 'Aurora member instance is left to the cluster', resources: { Db: db({ DBClusterIdentifier: 'c' }) }, expect: [] },
  { name: 'read replica is not evaluated', resources: { Db: db({ SourceDBInstanceIdentifier: 'src' }) }, expect: [] },
  {
    name: 'DatabaseInstance with backupRetention 7 days',
    cdk: (stack) => {
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, backupRetention: Duration.days(7) });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance with the default retention',
    cdk: (stack) => {
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    },
    expect: 'unaddressed',
  },
  {
    name: 'DatabaseInstance without backups, in an AWS Backup plan',
    cdk: (stack) => {
      const instance = new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, backupRetention: Duration.days(0) });
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Sel', { resources: [backup.BackupResource.fromRdsDatabaseInstance(instance)] });
    },
    expect: 'addressed',
  },
]);
