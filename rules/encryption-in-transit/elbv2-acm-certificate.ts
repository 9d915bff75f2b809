import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { ResourceReference, isPlainObject } from '../../lib/model/values';
import type { ResourceModel } from '../../lib/model/resource';
import { NIST_TRANSIT, isFinding, listOf } from './support';
import type { Finding } from '../../lib/engine/rule';

/** Judges one certificate ARN: ACM (or a certificate resource of the template) or an IAM server certificate. */
export function certificateFinding(resource: ResourceModel, path: string, key?: string): Finding {
  return judge(resource.get(path), (value) => {
    if (value instanceof ResourceReference) {
      const type = resource.stack.resource(value.logicalId)?.type;
      return type === 'AWS::CertificateManager::Certificate'
        ? { ok: true, message: `the certificate is ACM certificate ${value.logicalId}` }
        : { review: `the certificate comes from ${value.logicalId} (${type ?? 'unknown type'})` };
    }
    if (value === undefined) return { ok: false, message: 'no certificate is set' };
    if (typeof value !== 'string') return { review: `${path} is not an ARN` };
    if (/^arn:[^:]+:acm:/.test(value)) return { ok: true, message: 'the certificate is issued by AWS Certificate Manager' };
    if (/^arn:[^:]+:iam::[^:]*:server-certificate\//.test(value)) return { ok: false, message: 'the certificate is an IAM server certificate, not one from AWS Certificate Manager' };
    return { review: `${path} is not a recognisable certificate ARN` };
  }, { key });
}

export default defineRule({
  id: 'SRM-EIT-005',
  title: 'Application/Network Load Balancer listener certificates come from ACM',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerCertificate'],
  controls: {
    configRule: 'ELBV2_ACM_CERTIFICATE_REQUIRED',
    controlTower: ['CT.ELASTICLOADBALANCING.PR.2'],
    nist80053: [...NIST_TRANSIT, 'SC-23(5)'],
    cdkNag: ['NIST.800.53.R5-ELBv2ACMCertificateRequired'],
  },
  docs: {
    description: 'ACM renews the certificates it issues; certificates uploaded to IAM expire unless the customer rotates them.',
    addressedBy: '`Certificates[].CertificateArn` pointing at an ACM certificate (`arn:aws:acm:...` or an `AWS::CertificateManager::Certificate` of the template).',
    default: 'Listeners without certificates (HTTP, TCP) are not in scope; SRM-EIT-004 covers their protocol.',
    fix: {
      cdk: 'listener.addCertificates("Certs", [elbv2.ListenerCertificate.fromCertificateManager(acmCertificate)])',
      cloudformation: 'Set `Certificates: [{CertificateArn: <ACM certificate ARN>}]`.',
    },
  },
  check(resource) {
    const certificates = listOf(resource.get('Certificates'));
    if (isFinding(certificates)) return certificates;
    if (certificates.length === 0) return undefined;
    return certificates.map((certificate, index) =>
      isPlainObject(certificate) || certificate === undefined
        ? certificateFinding(resource, `Certificates.${index}.CertificateArn`, `certificate-${index}`)
        : judge(resource.get(`Certificates.${index}`), () => ({ review: `Certificates.${index} is not an object` }), { key: `certificate-${index}` }),
    );
  },
});
