import { defineRule } from '../../lib/engine/rule';
import { checkPublicAccessBlock } from './lib/public-access-block';

export default defineRule({
  id: 'SRM-NET-043',
  title: 'S3 access points block public access with all four settings',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::S3::AccessPoint'],
  controls: {
    controlTower: ['CT.S3.PR.12'],
    nist80053: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(21)'],
  },
  docs: {
    description: 'An access point is another door into the bucket with its own policy; its Block Public Access settings keep that policy from opening the data to everyone.',
    addressedBy: '`PublicAccessBlockConfiguration` with all four flags true, or no configuration (S3 turns all four on for new access points).',
    default:
      'Absent: all four settings are on: addressed with the default as evidence. A flag set to false: unaddressed. A flag left out of a given configuration: needs-review (set it explicitly).',
    fix: {
      cdk: 'new s3.CfnAccessPoint(this, id, { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } })',
      cloudformation: 'Set all four flags of `PublicAccessBlockConfiguration` to true, or remove the property.',
    },
  },
  check: (accessPoint) =>
    checkPublicAccessBlock(accessPoint, {
      absent: 'no PublicAccessBlockConfiguration: S3 turns on all four Block Public Access settings for new access points',
      absentEvidence: 'S3 default for access points: all four Block Public Access settings enabled',
      missingFlag: 'unknown',
    }),
});
