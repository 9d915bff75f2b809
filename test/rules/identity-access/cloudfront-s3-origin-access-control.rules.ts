import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/identity-access/cloudfront-s3-origin-access-control';
import { testRule } from '../../support/rule-tester';

const bucket = { B: { Type: 'AWS::S3::Bucket' } };
const distribution = (...originList: object[]) => ({
  D: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, Origins: originList, DefaultCacheBehavior: { TargetOriginId: 'o1', ViewerProtocolPolicy: 'https-only' } } } },
});
const bucketDomain = { 'Fn::GetAtt': ['B', 'RegionalDomainName'] };

testRule(rule, [
  { name: 'OAC on the bucket origin', resources: { ...bucket, ...distribution({ Id: 'o1', DomainName: bucketDomain, OriginAccessControlId: 'E2ABC', S3OriginConfig: { OriginAccessIdentity: '' } }) }, expect: 'addressed' },
  { name: 'S3 origin without OAC', resources: { ...bucket, ...distribution({ Id: 'o1', DomainName: bucketDomain, S3OriginConfig: {} }) }, expect: [{ status: 'unaddressed', key: 'o1', propertyPath: 'DistributionConfig.Origins.0.OriginAccessControlId' }] },
  { name: 'legacy OAI only', resources: distribution({ Id: 'o1', DomainName: 'b.s3.eu-west-1.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E1' } }), expect: 'unaddressed' },
  { name: 'S3 REST endpoint as a custom origin', resources: distribution({ Id: 'o1', DomainName: 'b.s3.amazonaws.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }), expect: 'unaddressed' },
  { name: 'S3 website endpoint is a custom origin', resources: distribution({ Id: 'o1', DomainName: 'b.s3-website-eu-west-1.amazonaws.com', CustomOriginConfig: { OriginProtocolPolicy: 'http-only' } }), expect: [] },
  { name: 'custom origins only', resources: distribution({ Id: 'o1', DomainName: 'example.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }), expect: [] },
  { name: 'OAC id from a parameter without a default', parameters: { Oac: { Type: 'String' } }, resources: { ...bucket, ...distribution({ Id: 'o1', DomainName: bucketDomain, OriginAccessControlId: { Ref: 'Oac' }, S3OriginConfig: {} }) }, expect: 'needs-review' },
  { name: 'origins imported', resources: { D: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, Origins: { 'Fn::ImportValue': 'o' } } } } }, expect: 'needs-review' },
  {
    name: 'S3BucketOrigin with origin access control',
    cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(new s3.Bucket(stack, 'B')) } }),
    expect: 'addressed',
  },
  {
    name: 'S3BucketOrigin with a legacy origin access identity',
    cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessIdentity(new s3.Bucket(stack, 'B')) } }),
    expect: 'unaddressed',
  },
]);
