import { SecretValue } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/identity-access/credentials-not-plaintext';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', MasterUsername: 'dbadmin', ...properties } } });

testRule(rule, [
  { name: 'Secrets Manager dynamic reference', resources: db({ MasterUserPassword: '{{resolve:secretsmanager:db:SecretString:password}}' }), expect: 'addressed' },
  {
    name: 'dynamic reference built with Fn::Join',
    resources: { S: { Type: 'AWS::SecretsManager::Secret', Properties: {} }, ...db({ MasterUserPassword: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'S' }, ':SecretString:password::}}']] } }) },
    expect: [{ status: 'addressed', on: 'Db' }],
  },
  { name: 'NoEcho parameter without a default', parameters: { Pw: { Type: 'String', NoEcho: true } }, resources: db({ MasterUserPassword: { Ref: 'Pw' } }), expect: 'addressed' },
  { name: 'ManageMasterUserPassword', resources: db({ ManageMasterUserPassword: true }), expect: [{ status: 'addressed', propertyPath: 'ManageMasterUserPassword' }] },
  { name: 'literal password', resources: db({ MasterUserPassword: 'hunter22' }), expect: [{ status: 'unaddressed', propertyPath: 'MasterUserPassword', message: /literal/ }] },
  { name: 'NoEcho parameter with a default', parameters: { Pw: { Type: 'String', NoEcho: true, Default: 'hunter22' } }, resources: db({ MasterUserPassword: { Ref: 'Pw' } }), expect: [{ status: 'unaddressed', message: /has a default/ }] },
  { name: 'parameter that is not NoEcho', parameters: { Pw: { Type: 'String' } }, resources: db({ MasterUserPassword: { Ref: 'Pw' } }), expect: [{ status: 'unaddressed', message: /not NoEcho/ }] },
  { name: 'plain SSM dynamic reference', resources: db({ MasterUserPassword: '{{resolve:ssm:/db/password}}' }), expect: 'unaddressed' },
  { name: 'imported value', resources: db({ MasterUserPassword: { 'Fn::ImportValue': 'pw' } }), expect: 'needs-review' },
  { name: 'ElastiCache AuthToken literal', resources: { R: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'r', AuthToken: 'abcdefghijklmnop1234' } } }, expect: 'unaddressed' },
  {
    name: 'Amazon MQ users, one per key',
    resources: { B: { Type: 'AWS::AmazonMQ::Broker', Properties: { Users: [{ Username: 'a', Password: '{{resolve:secretsmanager:mq}}' }, { Username: 'b', Password: 'plain-password' }] } } },
    expect: [{ status: 'addressed', key: '0' }, { status: 'unaddressed', key: '1' }],
  },
  { name: 'no password property', resources: db({ SnapshotIdentifier: 'snap' }), expect: [] },
  {
    name: 'DatabaseInstance with a generated secret',
    cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc') }),
    expect: [{ status: 'addressed', on: 'Db' }],
  },
  {
    name: 'DatabaseInstance with a plain-text password',
    cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), credentials: rds.Credentials.fromPassword('dbadmin', SecretValue.unsafePlainText('hunter22')) }),
    expect: 'unaddressed',
  },
]);
