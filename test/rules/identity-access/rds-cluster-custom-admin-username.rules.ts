import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/identity-access/rds-cluster-custom-admin-username';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ C: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', ManageMasterUserPassword: true, ...properties } } });
const build = (stack: import('aws-cdk-lib').Stack, credentials?: rds.Credentials) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  new rds.DatabaseCluster(stack, 'C', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    writer: rds.ClusterInstance.provisioned('Writer'),
    credentials,
  });
};

testRule(rule, [
  { name: 'custom name', resources: cluster({ MasterUsername: 'dbowner' }), expect: 'addressed' },
  { name: 'postgres', resources: cluster({ MasterUsername: 'postgres' }), expect: [{ status: 'unaddressed', propertyPath: 'MasterUsername' }] },
  { name: 'Admin in another case', resources: cluster({ MasterUsername: 'Admin' }), expect: 'unaddressed' },
  { name: 'restored from a snapshot', resources: cluster({ SnapshotIdentifier: 'snap' }), expect: [] },
  { name: 'parameter without a default', parameters: { U: { Type: 'String' } }, resources: cluster({ MasterUsername: { Ref: 'U' } }), expect: 'needs-review' },
  { name: 'name from a secret outside the template', resources: cluster({ MasterUsername: '{{resolve:secretsmanager:db-creds:SecretString:username}}' }), expect: 'needs-review' },
  {
    name: 'name from a secret template in the stack',
    resources: {
      S: { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { SecretStringTemplate: '{"username":"admin"}', GenerateStringKey: 'password' } } },
      ...cluster({ MasterUsername: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'S' }, ':SecretString:username::}}']] } }),
    },
    expect: [{ status: 'unaddressed', on: 'C', message: 'from secret S' }],
  },
  { name: 'DatabaseCluster with a custom generated secret', cdk: (stack) => build(stack, rds.Credentials.fromGeneratedSecret('dbowner')), expect: 'addressed' },
  { name: 'DatabaseCluster with default credentials', cdk: (stack) => build(stack), expect: 'unaddressed' },
]);
