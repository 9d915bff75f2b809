import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/encryption-at-rest/rds-cluster-storage-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::RDS::DBCluster';
const cluster = (properties: object) => one(T, { Engine: 'aurora-postgresql', ...properties });
const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 });

testRule(rule, [
  { name: 'StorageEncrypted true', resources: cluster({ StorageEncrypted: true }), expect: 'addressed' },
  { name: 'StorageEncrypted absent', resources: cluster({}), expect: [{ status: 'unaddressed', propertyPath: 'StorageEncrypted' }] },
  { name: 'StorageEncrypted false', resources: cluster({ StorageEncrypted: false }), expect: 'unaddressed' },
  { name: 'Aurora Serverless v1 is always encrypted', resources: cluster({ EngineMode: 'serverless' }), expect: [{ status: 'addressed', message: /always encrypted/ }] },
  { name: 'restored from a snapshot', resources: cluster({ SnapshotIdentifier: 'arn:aws:rds:eu-west-1:1:cluster-snapshot:s' }), expect: [{ status: 'needs-review', message: /SnapshotIdentifier/ }] },
  { name: 'EngineMode from a parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: cluster({ EngineMode: { Ref: 'Unknown' } }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ Engine: 'aurora-mysql', StorageEncrypted: u })),
  imported(T, (u) => ({ Engine: 'aurora-mysql', StorageEncrypted: u })),
  conditional(T, (v) => ({ Engine: 'aurora-mysql', StorageEncrypted: v }), true, false, 'unaddressed'),
  {
    name: 'DatabaseCluster with storageEncrypted',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
      const vpcSubnets = { subnetType: ec2.SubnetType.PUBLIC };
      new rds.DatabaseCluster(stack, 'Db', { engine, vpc, vpcSubnets, writer: rds.ClusterInstance.serverlessV2('Writer'), storageEncrypted: true });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseCluster with storageEncrypted false',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
      const vpcSubnets = { subnetType: ec2.SubnetType.PUBLIC };
      new rds.DatabaseCluster(stack, 'Db', { engine, vpc, vpcSubnets, writer: rds.ClusterInstance.serverlessV2('Writer'), storageEncrypted: false });
    },
    expect: 'unaddressed',
  },
]);
