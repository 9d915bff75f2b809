import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/identity-access/rds-cluster-iam-auth';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ C: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', ...properties } } });
const engine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 });

testRule(rule, [
  { name: 'IAM auth on', resources: cluster({ EnableIAMDatabaseAuthentication: 'true' }), expect: 'addressed' },
  { name: 'IAM auth off', resources: cluster({ EnableIAMDatabaseAuthentication: false }), expect: 'unaddressed' },
  { name: 'imported value', resources: cluster({ EnableIAMDatabaseAuthentication: { 'Fn::ImportValue': 'iam' } }), expect: 'needs-review' },
  {
    name: 'DatabaseCluster with iamAuthentication',
    cdk: (stack) => void new rds.DatabaseCluster(stack, 'C', { engine, vpc: new ec2.Vpc(stack, 'Vpc'), writer: rds.ClusterInstance.serverlessV2('W'), iamAuthentication: true }),
    expect: 'addressed',
  },
  {
    name: 'DatabaseCluster without iamAuthentication',
    cdk: (stack) => void new rds.DatabaseCluster(stack, 'C', { engine, vpc: new ec2.Vpc(stack, 'Vpc'), writer: rds.ClusterInstance.serverlessV2('W') }),
    expect: 'unaddressed',
  },
]);
