import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { CONFIG, customCertificate } from './cloudfront-support';

export default defineRule({
  id: 'SRM-EIT-012',
  title: 'CloudFront serves its custom certificate with SNI',
  duty: 'encryption-in-transit',
  severity: 'low',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_SNI_ENABLED',
    securityHub: ['CloudFront.8'],
    controlTower: ['CT.CLOUDFRONT.PR.7'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Dedicated-IP (`vip`) HTTPS exists for clients without SNI, which are also the clients that cannot negotiate modern TLS.',
    addressedBy: '`ViewerCertificate.SslSupportMethod: sni-only` with an ACM certificate.',
    default: 'Only distributions with a custom certificate are in scope; CloudFormation requires `SslSupportMethod` with one, so an absent value is needs-review.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { certificate, domainNames, sslSupportMethod: cloudfront.SSLMethod.SNI })',
      cloudformation: 'Set `ViewerCertificate.SslSupportMethod: sni-only`.',
    },
  },
  check(distribution) {
    if (customCertificate(distribution).present === false) return undefined;
    return judge(distribution.get(`${CONFIG}.ViewerCertificate.SslSupportMethod`), (value) => {
      if (typeof value !== 'string') return { review: 'SslSupportMethod is not set to a known value' };
      return value === 'sni-only' ? { ok: true, message: 'HTTPS is served with SNI' } : { ok: false, message: `SslSupportMethod is ${value}, not sni-only` };
    });
  },
});
