import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/region-residency/stack-region-allowed';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1', 'eu-central-1'] };
const resources = { B: { Type: 'AWS::S3::Bucket' } };

testRule(rule, [
  { name: 'pinned to an allowed region', options, environment: { region: 'eu-west-1' }, resources, expect: [{ status: 'addressed', key: 'eu-west-1' }] },
  { name: 'pinned elsewhere', options, environment: { region: 'us-east-1' }, resources, expect: [{ status: 'unaddressed', key: 'us-east-1', message: /outside the allowed regions \(eu-west-1, eu-central-1\)/ }] },
  { name: 'environment-agnostic', options, resources, expect: [{ status: 'needs-review', message: /environment-agnostic; its region is chosen at deploy time/ }] },
  { name: 'no allowed regions configured', environment: { region: 'us-east-1' }, resources, expect: [] },
  { name: 'CDK stack in an allowed region', options, env: { region: 'eu-central-1' }, cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'addressed' },
  { name: 'CDK stack outside', options, env: { region: 'ap-southeast-2' }, cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'unaddressed' },
  { name: 'environment-agnostic CDK stack', options, cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'needs-review' },
]);
