import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-at-rest/rds-instance-storage-encrypted';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'StorageEncrypted true', resources: instance({ StorageEncrypted: true }), expect: 'addressed' },
  { name: 'StorageEncrypted "true" as a string', resources: instance({ StorageEncrypted: 'true' }), expect: 'addressed' },
  { name: 'StorageEncrypted absent', resources: instance({}), expect: [{ status: 'unaddressed', on: 'Db', message: /not set/ }] },
  { name: 'StorageEncrypted false', resources: instance({ StorageEncrypted: false }), expect: 'unaddressed' },
  {
    name: 'parameter without a default',
    parameters: { Encrypt: { Type: 'String' } },
    resources: instance({ StorageEncrypted: { Ref: 'Encrypt' } }),
    expect: [{ status: 'needs-review', message: /parameter Encrypt has no default/ }],
  },
  {
    name: 'parameter with a default',
    parameters: { Encrypt: { Type: 'String', Default: 'true' } },
    resources: instance({ StorageEncrypted: { Ref: 'Encrypt' } }),
    expect: 'addressed',
  },
  {
    name: 'Fn::If with one unencrypted branch',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: instance({ StorageEncrypted: { 'Fn::If': ['IsProd', true, false] } }),
    expect: [{ status: 'unaddressed', message: /IsProd=false/ }],
  },
  { name: 'read replica inherits encryption', resources: instance({ SourceDBInstanceIdentifier: 'arn:aws:rds:eu-west-1:1:db:src' }), expect: 'needs-review' },
  { name: 'Aurora member instance is left to the cluster rule', resources: instance({ DBClusterIdentifier: 'c1' }), expect: [] },
  {
    name: 'DatabaseInstance with storageEncrypted',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, storageEncrypted: true });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance without encryption',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc });
    },
    expect: 'unaddressed',
  },
]);
