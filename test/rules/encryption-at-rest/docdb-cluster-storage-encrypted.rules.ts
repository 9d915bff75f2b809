import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/encryption-at-rest/docdb-cluster-storage-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::DocDB::DBCluster';
const cluster = (stack: Stack, storageEncrypted: boolean) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  new docdb.DatabaseCluster(stack, 'Docs', { masterUser: { username: 'admin' }, instanceType: ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE), vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, storageEncrypted });
};

testRule(rule, [
  { name: 'StorageEncrypted true', resources: one(T, { StorageEncrypted: true }), expect: 'addressed' },
  { name: 'StorageEncrypted absent', resources: one(T, {}), expect: 'unaddressed' },
  { name: 'StorageEncrypted false', resources: one(T, { StorageEncrypted: false }), expect: 'unaddressed' },
  { name: 'restored from a snapshot', resources: one(T, { SnapshotIdentifier: 'snap' }), expect: [{ status: 'needs-review', message: /SnapshotIdentifier/ }] },
  unresolvable(T, (u) => ({ StorageEncrypted: u })),
  imported(T, (u) => ({ StorageEncrypted: u })),
  conditional(T, (v) => ({ StorageEncrypted: v }), true, false, 'unaddressed'),
  { name: 'DatabaseCluster encrypted', cdk: (stack) => cluster(stack, true), expect: [{ status: 'addressed', on: 'Docs' }] },
  { name: 'DatabaseCluster not encrypted', cdk: (stack) => cluster(stack, false), expect: [{ status: 'unaddressed', on: 'Docs' }] },
]);
