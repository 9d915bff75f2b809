import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/identity-access/s3-bucket-acls-disabled';
import { testRule } from '../../support/rule-tester';

const bucket = (properties: object) => ({ B: { Type: 'AWS::S3::Bucket', Properties: properties } });
const ownership = (value: unknown) => ({ OwnershipControls: { Rules: [{ ObjectOwnership: value }] } });

testRule(rule, [
  { name: 'BucketOwnerEnforced', resources: bucket(ownership('BucketOwnerEnforced')), expect: 'addressed' },
  { name: 'default ownership', resources: bucket({}), expect: [{ status: 'addressed', message: 'default' }] },
  { name: 'default ownership with a private ACL', resources: bucket({ AccessControl: 'Private' }), expect: 'addressed' },
  { name: 'ObjectWriter', resources: bucket({ ...ownership('ObjectWriter'), AccessControl: 'LogDeliveryWrite' }), expect: [{ status: 'unaddressed', propertyPath: 'OwnershipControls.Rules.0.ObjectOwnership' }] },
  { name: 'BucketOwnerPreferred', resources: bucket(ownership('BucketOwnerPreferred')), expect: 'unaddressed' },
  { name: 'public-read ACL', resources: bucket({ AccessControl: 'PublicRead' }), expect: [{ status: 'unaddressed', propertyPath: 'AccessControl' }] },
  { name: 'ownership from a parameter without a default', parameters: { O: { Type: 'String' } }, resources: bucket(ownership({ Ref: 'O' })), expect: 'needs-review' },
  { name: 'ownership of the wrong type', resources: bucket(ownership(5)), expect: 'needs-review' },
  { name: 'Bucket with default settings', cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'addressed' },
  { name: 'Bucket with ACLs enforced off', cdk: (stack) => void new s3.Bucket(stack, 'B', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED }), expect: 'addressed' },
  { name: 'Bucket with object-writer ownership', cdk: (stack) => void new s3.Bucket(stack, 'B', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER }), expect: 'unaddressed' },
]);
