import { judge } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { NIST_TRANSIT, isFinding, listOf } from './support';

export default defineRule({
  id: 'SRM-EIT-007',
  title: 'Classic Load Balancer listeners use HTTPS or SSL',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  controls: {
    configRule: 'ELB_TLS_HTTPS_LISTENERS_ONLY',
    securityHub: ['ELB.3'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.9'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-ELB5', 'NIST.800.53.R5-ELBTlsHttpsListenersOnly'],
  },
  docs: {
    description: 'Each Classic Load Balancer listener carries client traffic in the protocol the customer chooses.',
    addressedBy: 'Every entry of `Listeners` with `Protocol: HTTPS` or `SSL` (and an `SSLCertificateId`).',
    default: '`Protocol` is required; HTTP and TCP listeners carry plain text and are unaddressed.',
    fix: {
      cdk: 'lb.addListener({ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: acmCertificateArn })',
      cloudformation: 'Give every entry of `Listeners` `Protocol: HTTPS` (or `SSL`) and an ACM `SSLCertificateId`.',
    },
  },
  check(lb) {
    const listeners = listOf(lb.get('Listeners'));
    if (isFinding(listeners)) return listeners;
    return listeners.map((listener, index): Finding => {
      const port = isPlainObject(listener) ? String(listener.LoadBalancerPort) : String(index);
      return judge(lb.get(`Listeners.${index}.Protocol`), (value) => {
        if (typeof value !== 'string') return { review: `Listeners.${index}.Protocol is not a string` };
        return ['HTTPS', 'SSL'].includes(value.toUpperCase())
          ? { ok: true, message: `port ${port} uses ${value.toUpperCase()}` }
          : { ok: false, message: `port ${port} uses ${value.toUpperCase()}, which is not encrypted` };
      }, { key: `port-${port}` });
    });
  },
});
