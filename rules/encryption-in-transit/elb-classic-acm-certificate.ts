import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { certificateFinding } from './elbv2-acm-certificate';
import { NIST_TRANSIT, isFinding, listOf } from './support';

export default defineRule({
  id: 'SRM-EIT-008',
  title: 'Classic Load Balancer HTTPS/SSL listeners use ACM certificates',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  controls: {
    configRule: 'ELB_ACM_CERTIFICATE_REQUIRED',
    securityHub: ['ELB.2'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.8'],
    nist80053: [...NIST_TRANSIT, 'SC-23(5)'],
    cdkNag: ['NIST.800.53.R5-ELBACMCertificateRequired'],
  },
  docs: {
    description: 'ACM renews the certificates it issues; IAM server certificates expire unless the customer rotates them.',
    addressedBy: '`Listeners[].SSLCertificateId` set to an ACM certificate ARN on every HTTPS/SSL listener.',
    default: 'HTTP/TCP listeners carry no certificate and are out of scope here (SRM-EIT-007 flags them).',
    fix: {
      cdk: 'lb.addListener({ externalPort: 443, sslCertificateArn: acmCertificate.certificateArn })',
      cloudformation: 'Set `SSLCertificateId` of each HTTPS/SSL listener to an `arn:aws:acm:...` certificate.',
    },
  },
  check(lb) {
    const listeners = listOf(lb.get('Listeners'));
    if (isFinding(listeners)) return listeners;
    const secure = listeners.flatMap((listener, index) =>
      isPlainObject(listener) && typeof listener.Protocol === 'string' && ['HTTPS', 'SSL'].includes(listener.Protocol.toUpperCase()) ? [index] : [],
    );
    if (secure.length === 0) return undefined;
    return secure.map((index) => certificateFinding(lb, `Listeners.${index}.SSLCertificateId`, `port-${String((listeners[index] as { LoadBalancerPort?: unknown }).LoadBalancerPort)}`));
  },
});
