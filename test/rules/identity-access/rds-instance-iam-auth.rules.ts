import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/identity-access/rds-instance-iam-auth';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'IAM auth on', resources: instance({ EnableIAMDatabaseAuthentication: true }), expect: 'addressed' },
  { name: 'IAM auth absent', resources: instance({}), expect: [{ status: 'unaddressed', propertyPath: 'EnableIAMDatabaseAuthentication' }] },
  { name: 'SQL Server does not support it', resources: instance({ Engine: 'sqlserver-ex' }), expect: [] },
  { name: 'Aurora member instance', resources: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: 'c' }), expect: [] },
  { name: 'parameter without a default', parameters: { Iam: { Type: 'String' } }, resources: instance({ EnableIAMDatabaseAuthentication: { Ref: 'Iam' } }), expect: 'needs-review' },
  {
    name: 'DatabaseInstance with iamAuthentication',
    cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), iamAuthentication: true }),
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance without iamAuthentication',
    cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc') }),
    expect: 'unaddressed',
  },
]);
