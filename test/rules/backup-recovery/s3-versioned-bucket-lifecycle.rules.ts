import { Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/backup-recovery/s3-versioned-bucket-lifecycle';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const versioned = { VersioningConfiguration: { Status: 'Enabled' } };
const bucket = (properties: object = {}) => ({ B: resource('AWS::S3::Bucket', properties) });
const rules = (...statuses: unknown[]) => ({ LifecycleConfiguration: { Rules: statuses.map((Status) => ({ Status, NoncurrentVersionExpiration: { NoncurrentDays: 90 } })) } });

testRule(rule, [
  { name: 'versioned with an enabled rule', resources: bucket({ ...versioned, ...rules('Disabled', 'Enabled') }), expect: 'addressed' },
  { name: 'versioned without rules', resources: bucket(versioned), expect: [{ status: 'unaddressed', message: /no lifecycle rules/ }] },
  { name: 'versioned, every rule disabled', resources: bucket({ ...versioned, ...rules('Disabled') }), expect: 'unaddressed' },
  { name: 'rule status from a parameter without a default', parameters: unknownParameter, resources: bucket({ ...versioned, ...rules(ref) }), expect: 'needs-review' },
  { name: 'versioning unknown', parameters: unknownParameter, resources: bucket({ VersioningConfiguration: { Status: ref } }), expect: 'needs-review' },
  { name: 'unversioned bucket is left to SRM-BKP-005', resources: bucket(), expect: [] },
  { name: 'versioned Bucket with a lifecycle rule', cdk: (stack) => void new s3.Bucket(stack, 'B', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }] }), expect: 'addressed' },
  { name: 'versioned Bucket without one', cdk: (stack) => void new s3.Bucket(stack, 'B', { versioned: true }), expect: 'unaddressed' },
]);
