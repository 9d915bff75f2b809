import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/region-residency/rds-cross-region-replica-source';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1'] };
const replica = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'source ARN in an allowed region', options, resources: replica({ SourceDBInstanceIdentifier: 'arn:aws:rds:eu-west-1:111111111111:db:primary' }), expect: 'addressed' },
  { name: 'source ARN outside', options, resources: replica({ SourceDBInstanceIdentifier: 'arn:aws:rds:us-east-1:111111111111:db:primary' }), expect: [{ status: 'unaddressed', key: 'us-east-1' }] },
  { name: 'SourceRegion outside', options, resources: replica({ SourceDBInstanceIdentifier: 'arn:aws:rds:us-east-1:1:db:p', SourceRegion: 'us-east-1' }), expect: [{ status: 'unaddressed', propertyPath: 'SourceRegion' }] },
  { name: 'source from a parameter without a default', options, parameters: { Src: { Type: 'String' } }, resources: replica({ SourceDBInstanceIdentifier: { Ref: 'Src' } }), expect: 'needs-review' },
  { name: 'same-region replica by identifier', options, resources: replica({ SourceDBInstanceIdentifier: 'primary' }), expect: [] },
  { name: 'Aurora cluster replicating from another region', options, resources: { C: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', ReplicationSourceIdentifier: 'arn:aws:rds:ap-south-1:1:cluster:primary' } } }, expect: [{ status: 'unaddressed', key: 'ap-south-1' }] },
  { name: 'CfnDBInstance replica of an allowed source', options, cdk: (stack) => void new rds.CfnDBInstance(stack, 'Db', { dbInstanceClass: 'db.t3.micro', sourceDbInstanceIdentifier: 'arn:aws:rds:eu-west-1:111111111111:db:primary' }), expect: 'addressed' },
  { name: 'CfnDBInstance replica of a us-east-1 source', options, cdk: (stack) => void new rds.CfnDBInstance(stack, 'Db', { dbInstanceClass: 'db.t3.micro', sourceDbInstanceIdentifier: 'arn:aws:rds:us-east-1:111111111111:db:primary' }), expect: 'unaddressed' },
]);
