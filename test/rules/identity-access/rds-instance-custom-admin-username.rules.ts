import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/identity-access/rds-instance-custom-admin-username';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ D: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', AllocatedStorage: '20', ...properties } } });
const build = (stack: import('aws-cdk-lib').Stack, credentials?: rds.Credentials) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0_40 }), vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, storageEncrypted: true, credentials });
};

testRule(rule, [
  { name: 'custom name', resources: instance({ MasterUsername: 'dbowner', ManageMasterUserPassword: true }), expect: 'addressed' },
  { name: 'admin', resources: instance({ MasterUsername: 'admin', ManageMasterUserPassword: true }), expect: [{ status: 'unaddressed', propertyPath: 'MasterUsername' }] },
  { name: 'Aurora cluster member', resources: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: 'c', MasterUsername: 'admin' }), expect: [] },
  { name: 'parameter without a default', parameters: { U: { Type: 'String' } }, resources: instance({ MasterUsername: { Ref: 'U' } }), expect: 'needs-review' },
  { name: 'imported name', resources: instance({ MasterUsername: { 'Fn::ImportValue': 'user' } }), expect: 'needs-review' },
  { name: 'user name of the wrong type', resources: instance({ MasterUsername: 42 }), expect: 'needs-review' },
  { name: 'DatabaseInstance with a custom generated secret', cdk: (stack) => build(stack, rds.Credentials.fromGeneratedSecret('dbowner')), expect: 'addressed' },
  { name: 'DatabaseInstance with default credentials', cdk: (stack) => build(stack), expect: [{ status: 'unaddressed', message: 'default admin' }] },
]);
