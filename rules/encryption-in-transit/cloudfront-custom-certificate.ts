import { needsReview, propertyEvidence, unaddressed, addressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';
import { CONFIG, customCertificate } from './cloudfront-support';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-011',
  title: 'CloudFront distribution uses a custom TLS certificate',
  duty: 'encryption-in-transit',
  severity: 'low',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_CUSTOM_SSL_CERTIFICATE',
    securityHub: ['CloudFront.7'],
    controlTower: ['CT.CLOUDFRONT.PR.6'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'The shared *.cloudfront.net certificate cannot be given a modern security policy; a certificate of the customer\'s own lets it choose one.',
    addressedBy: '`ViewerCertificate.AcmCertificateArn` (or `IamCertificateId`), with `SslSupportMethod` and `MinimumProtocolVersion`.',
    default: 'Without a `ViewerCertificate`, or with `CloudFrontDefaultCertificate: true`, CloudFront serves the default certificate: unaddressed.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { certificate: acmCertificateInUsEast1, domainNames: ["www.example.com"], ... })',
      cloudformation: 'Set `ViewerCertificate: {AcmCertificateArn: <us-east-1 ACM ARN>, SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021}`.',
    },
  },
  check(distribution) {
    const certificate = customCertificate(distribution);
    if (certificate.present === undefined) {
      return needsReview(`${certificate.lookup.path} cannot be resolved: ${describeValue(certificate.lookup.value)}`, { propertyPath: certificate.lookup.path });
    }
    if (!certificate.present) return unaddressed('the distribution serves the default *.cloudfront.net certificate', { propertyPath: `${CONFIG}.ViewerCertificate` });
    return addressed('the distribution serves its own certificate', { propertyPath: certificate.lookup.path, evidence: propertyEvidence(certificate.lookup) });
  },
});
