import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/encryption-at-rest/rds-instance-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::RDS::DBInstance';
const base = { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', StorageEncrypted: true };
const instance = (stack: Stack, key?: kms.IKey) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, storageEncrypted: true, storageEncryptionKey: key });
};

testRule(rule, [
  { name: 'KmsKeyId set', resources: one(T, { ...base, KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), expect: 'addressed' },
  { name: 'no KmsKeyId', resources: one(T, base), expect: [{ status: 'unaddressed', message: /aws\/rds/ }] },
  { name: 'read replica inherits the key', resources: one(T, { ...base, SourceDBInstanceIdentifier: 'src' }), expect: 'needs-review' },
  { name: 'Aurora member left to the cluster', resources: one(T, { ...base, DBClusterIdentifier: 'c' }), expect: [] },
  unresolvable(T, (u) => ({ ...base, KmsKeyId: u })),
  imported(T, (u) => ({ ...base, KmsKeyId: u })),
  { name: 'DatabaseInstance with a key', cdk: (stack) => instance(stack, new kms.Key(stack, 'Key')), expect: 'addressed' },
  { name: 'DatabaseInstance without a key', cdk: (stack) => instance(stack), expect: 'unaddressed' },
]);
