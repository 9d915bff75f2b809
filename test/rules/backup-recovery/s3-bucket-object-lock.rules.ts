import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/backup-recovery/s3-bucket-object-lock';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const bucket = (properties: object = {}) => ({ B: resource('AWS::S3::Bucket', properties) });

testRule(rule, [
  { name: 'on', resources: bucket({ ObjectLockEnabled: true }), expect: 'addressed' },
  { name: 'absent', resources: bucket(), expect: [{ status: 'unaddressed', message: /Object Lock is off/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: bucket({ ObjectLockEnabled: ref }), expect: 'needs-review' },
  { name: 'Bucket with Object Lock', cdk: (stack) => void new s3.Bucket(stack, 'B', { objectLockEnabled: true }), expect: 'addressed' },
  { name: 'Bucket with the defaults', cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'unaddressed' },
]);
