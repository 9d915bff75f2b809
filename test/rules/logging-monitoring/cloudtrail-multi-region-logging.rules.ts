import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import rule from '../../../rules/logging-monitoring/cloudtrail-multi-region-logging';
import { testRule } from '../../support/rule-tester';

const trail = (properties: object) => ({ Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { S3BucketName: 'logs', IsLogging: true, ...properties } } });
const open = { Open: { Type: 'String' } };

testRule(rule, [
  { name: 'multi-region and logging', resources: trail({ IsMultiRegionTrail: true }), expect: 'addressed' },
  { name: 'single region by default', resources: trail({}), expect: [{ status: 'unaddressed', on: 'Trail', message: /only its own region/, propertyPath: 'IsMultiRegionTrail' }] },
  { name: 'not logging', resources: trail({ IsMultiRegionTrail: true, IsLogging: false }), expect: [{ status: 'unaddressed', message: /records nothing/ }] },
  { name: 'management events switched off', resources: trail({ IsMultiRegionTrail: true, EventSelectors: [{ IncludeManagementEvents: false }] }), expect: [{ status: 'unaddressed', message: /no management events/ }] },
  { name: 'read-only management events', resources: trail({ IsMultiRegionTrail: true, EventSelectors: [{ ReadWriteType: 'ReadOnly' }] }), expect: 'unaddressed' },
  { name: 'multi-region from a parameter without default', parameters: open, resources: trail({ IsMultiRegionTrail: { Ref: 'Open' } }), expect: [{ status: 'needs-review', message: /Open/ }] },
  { name: 'IsLogging as a string', resources: trail({ IsMultiRegionTrail: 'true', IsLogging: 'yes' }), expect: 'needs-review' },
  { name: '[L2] Trail defaults', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail'), expect: 'addressed' },
  { name: '[L2] single-region Trail', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail', { isMultiRegionTrail: false }), expect: 'unaddressed' },
]);
