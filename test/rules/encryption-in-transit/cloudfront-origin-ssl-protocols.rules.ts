import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import rule from '../../../rules/encryption-in-transit/cloudfront-origin-ssl-protocols';
import { testRule } from '../../support/rule-tester';

const distribution = (custom: object, extraOrigins: object[] = []) => ({
  D: {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Origins: [{ Id: 'api', DomainName: 'api.example.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only', ...custom } }, ...extraOrigins],
        DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' },
      },
    },
  },
});

testRule(rule, [
  { name: 'TLSv1.2 only', resources: distribution({ OriginSSLProtocols: ['TLSv1.2'] }), expect: [{ status: 'addressed', key: 'api' }] },
  { name: 'SSLv3 offered', resources: distribution({ OriginSSLProtocols: ['SSLv3', 'TLSv1.2'] }), expect: [{ status: 'unaddressed', message: /SSLv3/, propertyPath: 'DistributionConfig.Origins.0.CustomOriginConfig.OriginSSLProtocols' }] },
  { name: 'absent: CloudFront offers SSLv3 and TLSv1', resources: distribution({}), expect: [{ status: 'unaddressed', message: /no OriginSSLProtocols/ }] },
  { name: 'empty list', resources: distribution({ OriginSSLProtocols: [] }), expect: 'unaddressed' },
  { name: 'protocols from a parameter without default', parameters: { P: { Type: 'CommaDelimitedList' } }, resources: distribution({ OriginSSLProtocols: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'one protocol from an import', resources: distribution({ OriginSSLProtocols: ['TLSv1.2', { 'Fn::ImportValue': 'Proto' }] }), expect: 'needs-review' },
  { name: 'http-only origin: out of scope', resources: distribution({ OriginProtocolPolicy: 'http-only' }), expect: [] },
  { name: 'S3 origin only: out of scope', resources: { D: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, Origins: [{ Id: 's3', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: {} }], DefaultCacheBehavior: { TargetOriginId: 's3', ViewerProtocolPolicy: 'https-only' } } } } }, expect: [] },
  {
    name: 'one good and one bad origin',
    resources: distribution({ OriginSSLProtocols: ['TLSv1.2'] }, [{ Id: 'legacy', DomainName: 'old.example.com', CustomOriginConfig: { OriginProtocolPolicy: 'match-viewer', OriginSSLProtocols: ['SSLv3', 'TLSv1'] } }]),
    expect: [{ status: 'addressed', key: 'api' }, { status: 'unaddressed', key: 'legacy' }],
  },
  { name: 'CDK HttpOrigin (TLSv1.2 by default)', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com') } }), expect: 'addressed' },
  {
    name: 'CDK HttpOrigin with SSLv3',
    cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com', { originSslProtocols: [cloudfront.OriginSslPolicy.SSL_V3, cloudfront.OriginSslPolicy.TLS_V1_2] }) } }),
    expect: 'unaddressed',
  },
]);
