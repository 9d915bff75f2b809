import type { Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import customCertificate from '../../../rules/encryption-in-transit/cloudfront-custom-certificate';
import minimumTls from '../../../rules/encryption-in-transit/cloudfront-minimum-tls';
import originHttps from '../../../rules/encryption-in-transit/cloudfront-origin-https';
import sni from '../../../rules/encryption-in-transit/cloudfront-sni';
import viewerHttps from '../../../rules/encryption-in-transit/cloudfront-viewer-https';
import { testRule } from '../../support/rule-tester';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
const origin = (policy: string) => ({ Id: 'api', DomainName: 'api.example.com', CustomOriginConfig: { OriginProtocolPolicy: policy } });
const distribution = (config: object) => ({
  D: {
    Type: 'AWS::CloudFront::Distribution',
    Properties: { DistributionConfig: { Enabled: true, Origins: [origin('https-only')], DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'redirect-to-https' }, ...config } },
  },
});
const withCert = (extra: object = {}) => ({ ViewerCertificate: { AcmCertificateArn: ACM, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021', ...extra } });
const cdkDistribution = (props: Partial<cloudfront.DistributionProps> = {}, originProps: origins.HttpOriginProps = {}) => (stack: Stack) => {
  new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com', originProps), ...props.defaultBehavior }, ...props } as cloudfront.DistributionProps);
};
const certificate = (stack: Stack) => acm.Certificate.fromCertificateArn(stack, 'Cert', ACM);

testRule(viewerHttps, [
  { name: 'redirect-to-https everywhere', resources: distribution({ CacheBehaviors: [{ PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only' }] }), expect: 'addressed' },
  { name: 'a cache behaviour allows HTTP', resources: distribution({ CacheBehaviors: [{ PathPattern: '/img/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'allow-all' }] }), expect: [{ status: 'addressed', key: 'default' }, { status: 'unaddressed', key: 'path:/img/*' }] },
  { name: 'policy from a parameter without default', parameters: { P: { Type: 'String' } }, resources: distribution({ DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: 'CDK default (allow-all)', cdk: cdkDistribution(), expect: 'unaddressed' },
  { name: 'CDK redirect to HTTPS', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com'), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS } }), expect: 'addressed' },
]);

testRule(minimumTls, [
  { name: 'custom certificate with TLSv1.2_2021', resources: distribution(withCert()), expect: 'addressed' },
  { name: 'default certificate', resources: distribution({}), expect: [{ status: 'unaddressed', message: /cloudfront\.net/ }] },
  { name: 'TLSv1 minimum', resources: distribution(withCert({ MinimumProtocolVersion: 'TLSv1' })), expect: 'unaddressed' },
  { name: 'minimum from a parameter without default', parameters: { P: { Type: 'String' } }, resources: distribution(withCert({ MinimumProtocolVersion: { Ref: 'P' } })), expect: 'needs-review' },
  { name: 'CDK with a certificate (defaults to TLSv1.2_2021)', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com') }, certificate: certificate(stack), domainNames: ['www.example.com'] }), expect: 'addressed' },
  { name: 'CDK without a certificate', cdk: cdkDistribution(), expect: 'unaddressed' },
]);

testRule(customCertificate, [
  { name: 'ACM certificate', resources: distribution(withCert()), expect: 'addressed' },
  { name: 'default certificate', resources: distribution({ ViewerCertificate: { CloudFrontDefaultCertificate: true } }), expect: 'unaddressed' },
  {
    name: 'certificate chosen by a condition',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: distribution({ ViewerCertificate: { AcmCertificateArn: { 'Fn::If': ['IsProd', ACM, { Ref: 'AWS::NoValue' }] }, SslSupportMethod: 'sni-only' } }),
    expect: 'needs-review',
  },
  { name: 'CDK with a certificate', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com') }, certificate: certificate(stack), domainNames: ['www.example.com'] }), expect: 'addressed' },
  { name: 'CDK without a certificate', cdk: cdkDistribution(), expect: 'unaddressed' },
]);

testRule(sni, [
  { name: 'sni-only', resources: distribution(withCert()), expect: 'addressed' },
  { name: 'dedicated IP (vip)', resources: distribution(withCert({ SslSupportMethod: 'vip' })), expect: 'unaddressed' },
  { name: 'method from an import', resources: distribution(withCert({ SslSupportMethod: { 'Fn::ImportValue': 'Method' } })), expect: 'needs-review' },
  { name: 'default certificate: out of scope', resources: distribution({}), expect: [] },
  { name: 'CDK with a certificate (SNI by default)', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com') }, certificate: certificate(stack), domainNames: ['www.example.com'] }), expect: 'addressed' },
  { name: 'CDK with a VIP certificate', cdk: (stack) => void new cloudfront.Distribution(stack, 'D', { defaultBehavior: { origin: new origins.HttpOrigin('api.example.com') }, certificate: certificate(stack), domainNames: ['www.example.com'], sslSupportMethod: cloudfront.SSLMethod.VIP }), expect: 'unaddressed' },
]);

testRule(originHttps, [
  { name: 'https-only origin', resources: distribution({}), expect: [{ status: 'addressed', key: 'api' }] },
  { name: 'http-only origin', resources: distribution({ Origins: [origin('http-only')] }), expect: 'unaddressed' },
  { name: 'match-viewer with HTTPS viewers only', resources: distribution({ Origins: [origin('match-viewer')] }), expect: 'addressed' },
  { name: 'match-viewer with an allow-all behaviour', resources: distribution({ Origins: [origin('match-viewer')], DefaultCacheBehavior: { TargetOriginId: 'api', ViewerProtocolPolicy: 'allow-all' } }), expect: 'unaddressed' },
  { name: 'policy from a parameter without default', parameters: { P: { Type: 'String' } }, resources: distribution({ Origins: [origin({ Ref: 'P' } as unknown as string)] }), expect: 'needs-review' },
  { name: 'S3 origin only: out of scope', resources: distribution({ Origins: [{ Id: 'api', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: {} }] }), expect: [] },
  { name: 'CDK HttpOrigin (https-only by default)', cdk: cdkDistribution(), expect: 'addressed' },
  { name: 'CDK HttpOrigin over HTTP', cdk: cdkDistribution({}, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY }), expect: 'unaddressed' },
]);
