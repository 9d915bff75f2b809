import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT } from './support';

/** Predefined ELB policies whose minimum protocol is TLS 1.2 or later. */
const CURRENT = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)/i;
const OUTDATED = /^ELBSecurityPolicy-(2015|2016|2011|TLS-1-[01]|FS-2018|FS-1-1|TLS13-1-[01])/i;

export default defineRule({
  id: 'SRM-EIT-006',
  title: 'HTTPS/TLS listener uses a security policy with TLS 1.2 or later',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  controls: {
    configRule: 'ELBV2_PREDEFINED_SECURITY_POLICY_SSL_CHECK',
    securityHub: ['ELB.17'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'The listener security policy decides which TLS versions and ciphers clients may negotiate; old policies still allow TLS 1.0 and 1.1.',
    addressedBy: '`SslPolicy` set to a policy with TLS 1.2 as the minimum, e.g. `ELBSecurityPolicy-TLS13-1-2-2021-06`.',
    default: 'Without `SslPolicy`, CloudFormation and the CDK use `ELBSecurityPolicy-2016-08`, which allows TLS 1.0: unaddressed.',
    fix: {
      cdk: 'alb.addListener("Https", { port: 443, certificates: [cert], sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS })',
      cloudformation: 'Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` on the HTTPS/TLS listener.',
    },
  },
  check(listener) {
    const protocol = listener.get('Protocol').value;
    if (typeof protocol !== 'string' || !['HTTPS', 'TLS'].includes(protocol.toUpperCase())) return undefined;
    return judge(listener.get('SslPolicy'), (value) => {
      if (value === undefined) return { ok: false, message: 'SslPolicy is not set, so the listener uses ELBSecurityPolicy-2016-08, which allows TLS 1.0' };
      if (typeof value !== 'string') return { review: 'SslPolicy is not a string' };
      if (CURRENT.test(value)) return { ok: true, message: `${value} requires TLS 1.2 or later` };
      if (OUTDATED.test(value)) return { ok: false, message: `${value} allows TLS versions older than 1.2` };
      return { review: `${value} is not a policy this rule knows; check its minimum TLS version` };
    });
  },
});
