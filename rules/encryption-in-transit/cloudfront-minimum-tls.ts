import { judge, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { CONFIG, customCertificate } from './cloudfront-support';
import { NIST_TRANSIT } from './support';

const CURRENT = /^TLSv1\.[23]_20\d\d$/;

export default defineRule({
  id: 'SRM-EIT-010',
  title: 'CloudFront viewer connections require TLS 1.2 or later',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_SECURITY_POLICY_CHECK',
    controlTower: ['CT.CLOUDFRONT.PR.9'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-CFR4'],
  },
  docs: {
    description: 'The viewer security policy decides the oldest TLS version CloudFront accepts from viewers.',
    addressedBy: 'A custom certificate with `ViewerCertificate.MinimumProtocolVersion` of `TLSv1.2_2018` or newer (e.g. `TLSv1.2_2021`).',
    default: 'With the default *.cloudfront.net certificate CloudFront accepts TLSv1; with a custom certificate and no `MinimumProtocolVersion`, CloudFront applies `TLSv1`. Both are unaddressed.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { certificate, domainNames, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021, ... })',
      cloudformation: 'Use an ACM certificate in `ViewerCertificate` with `MinimumProtocolVersion: TLSv1.2_2021`.',
    },
  },
  check(distribution) {
    const certificate = customCertificate(distribution);
    if (certificate.present === false) {
      return unaddressed('the distribution uses the default *.cloudfront.net certificate, which accepts TLSv1', { propertyPath: `${CONFIG}.ViewerCertificate` });
    }
    const minimum = distribution.get(`${CONFIG}.ViewerCertificate.MinimumProtocolVersion`);
    const finding = judge(minimum, (value) => {
      if (value === undefined) return { ok: false, message: 'MinimumProtocolVersion is not set, so CloudFront accepts TLSv1' };
      if (typeof value !== 'string') return { review: 'MinimumProtocolVersion is not a string' };
      return CURRENT.test(value) ? { ok: true, message: `viewers must use ${value} or later` } : { ok: false, message: `${value} allows TLS versions older than 1.2` };
    });
    return finding;
  },
});
