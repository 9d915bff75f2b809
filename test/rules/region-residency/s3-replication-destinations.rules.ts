import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/region-residency/s3-replication-destinations';
import { Engine } from '../../../lib/engine/evaluate';
import { modelOfTemplate, testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1'] };
const source = (destination: unknown) => ({
  Source: {
    Type: 'AWS::S3::Bucket',
    Properties: {
      VersioningConfiguration: { Status: 'Enabled' },
      ReplicationConfiguration: { Role: 'arn:aws:iam::1:role/r', Rules: [{ Status: 'Enabled', Destination: { Bucket: destination } }] },
    },
  },
});
const replica = { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'replica-bucket', VersioningConfiguration: { Status: 'Enabled' } } };

testRule(rule, [
  { name: 'destination in this stack, pinned to an allowed region', options, environment: { region: 'eu-west-1' }, resources: { ...source({ 'Fn::GetAtt': ['Replica', 'Arn'] }), Replica: replica }, expect: [{ status: 'addressed', on: 'Source' }] },
  { name: 'destination by literal ARN, defined in this stack', options, environment: { region: 'eu-west-1' }, resources: { ...source('arn:aws:s3:::replica-bucket'), Replica: replica }, expect: [{ status: 'addressed', on: 'Source' }] },
  { name: 'this stack pinned outside', options, environment: { region: 'us-east-1' }, resources: { ...source({ 'Fn::GetAtt': ['Replica', 'Arn'] }), Replica: replica }, expect: [{ status: 'unaddressed', on: 'Source', key: 'us-east-1' }] },
  { name: 'a bucket outside the app: its ARN has no region', options, environment: { region: 'eu-west-1' }, resources: source('arn:aws:s3:::somewhere-else'), expect: [{ status: 'needs-review', message: /has no region, and bucket somewhere-else is not defined in this app/ }] },
  { name: 'destination from a parameter without a default', options, parameters: { Arn: { Type: 'String' } }, resources: source({ Ref: 'Arn' }), expect: 'needs-review' },
  { name: 'no replication', options, resources: { B: replica }, expect: [] },
  {
    name: 'Bucket replicating to a bucket of the same pinned stack',
    options,
    env: { region: 'eu-west-1' },
    cdk: (stack) => {
      const destination = new s3.Bucket(stack, 'Replica', { versioned: true });
      new s3.Bucket(stack, 'Source', { versioned: true, replicationRules: [{ destination, priority: 1 }] });
    },
    expect: [{ status: 'addressed', on: 'Source' }],
  },
  {
    name: 'Bucket in a stack pinned outside',
    options,
    env: { region: 'us-west-2' },
    cdk: (stack) => {
      const destination = new s3.Bucket(stack, 'Replica', { versioned: true });
      new s3.Bucket(stack, 'Source', { versioned: true, replicationRules: [{ destination, priority: 1 }] });
    },
    expect: [{ status: 'unaddressed', on: 'Source' }],
  },
]);

test('a destination bucket defined in another stack of the app takes that stack\'s region', () => {
  const source_ = modelOfTemplate({ Resources: source('arn:aws:s3:::replica-bucket') }, { region: 'eu-west-1' }, 'source.json');
  const target = modelOfTemplate({ Resources: { Replica: replica } }, { region: 'us-east-1' }, 'target.json');
  const results = new Engine([rule], options).evaluate({ stacks: [source_, target] }).results;
  expect(results.map((r) => [r.logicalId, r.status, r.key])).toEqual([['Source', 'unaddressed', 'us-east-1']]);
});
