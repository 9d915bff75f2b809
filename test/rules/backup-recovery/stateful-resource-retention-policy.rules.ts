import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/backup-recovery/stateful-resource-retention-policy';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const bucket = (attributes: object) => ({ B: resource('AWS::S3::Bucket', {}, attributes) });

testRule(rule, [
  { name: 'Retain on both', resources: bucket({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' }), expect: 'addressed' },
  { name: 'RetainExceptOnCreate', resources: bucket({ DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' }), expect: 'addressed' },
  {
    name: 'absent on a bucket: deleted with the stack',
    resources: bucket({}),
    expect: [
      { status: 'unaddressed', key: 'DeletionPolicy', message: /not set, so CloudFormation deletes the data when the resource leaves the stack/ },
      { status: 'unaddressed', key: 'UpdateReplacePolicy', message: /replaces/ },
    ],
  },
  {
    name: 'RDS instance: Snapshot is the DeletionPolicy default, not the UpdateReplacePolicy one',
    resources: { Db: resource('AWS::RDS::DBInstance', { Engine: 'mysql' }) },
    expect: [
      { status: 'addressed', key: 'DeletionPolicy', message: /Snapshot \(the default\)/ },
      { status: 'unaddressed', key: 'UpdateReplacePolicy' },
    ],
  },
  { name: 'Snapshot on a type that supports it', resources: { V: resource('AWS::EC2::Volume', {}, { DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot' }) }, expect: 'addressed' },
  { name: 'Snapshot on a bucket', resources: bucket({ DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Retain' }), expect: [{ status: 'needs-review', key: 'DeletionPolicy', message: /does not take/ }] },
  { name: 'Delete explicitly', resources: bucket({ DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Retain' }), expect: [{ status: 'unaddressed', key: 'DeletionPolicy', message: /Delete/ }, { status: 'addressed', key: 'UpdateReplacePolicy' }] },
  { name: 'from a parameter without a default', parameters: unknownParameter, resources: bucket({ DeletionPolicy: ref, UpdateReplacePolicy: 'Retain' }), expect: [{ status: 'needs-review', key: 'DeletionPolicy' }] },
  { name: 'Aurora member instance', resources: { Db: resource('AWS::RDS::DBInstance', { DBClusterIdentifier: 'c' }) }, expect: [] },
  { name: 'a stateless resource', resources: { Q: resource('AWS::SNS::Topic') }, expect: [] },
  { name: 'Table with the CDK default (RETAIN)', cdk: (stack) => void new dynamodb.Table(stack, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }), expect: 'addressed' },
  { name: 'Bucket with RemovalPolicy.DESTROY', cdk: (stack) => void new s3.Bucket(stack, 'B', { removalPolicy: RemovalPolicy.DESTROY }), expect: 'unaddressed' },
]);
