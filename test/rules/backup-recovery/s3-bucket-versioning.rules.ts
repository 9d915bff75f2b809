import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/backup-recovery/s3-bucket-versioning';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const bucket = (properties: object = {}) => ({ B: resource('AWS::S3::Bucket', properties) });

testRule(rule, [
  { name: 'Enabled', resources: bucket({ VersioningConfiguration: { Status: 'Enabled' } }), expect: 'addressed' },
  { name: 'absent', resources: bucket(), expect: [{ status: 'unaddressed', message: /keeps no earlier versions/ }] },
  { name: 'Suspended', resources: bucket({ VersioningConfiguration: { Status: 'Suspended' } }), expect: [{ status: 'unaddressed', message: /suspended/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: bucket({ VersioningConfiguration: { Status: ref } }), expect: 'needs-review' },
  { name: 'a value of the wrong type', resources: bucket({ VersioningConfiguration: { Status: true } }), expect: 'needs-review' },
  { name: 'Bucket versioned', cdk: (stack) => void new s3.Bucket(stack, 'B', { versioned: true }), expect: 'addressed' },
  { name: 'Bucket with the defaults', cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'unaddressed' },
]);
