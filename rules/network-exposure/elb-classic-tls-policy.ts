import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { describeValue, isPlainObject, type Resolved } from '../../lib/model/values';

const STRONG = 'ELBSecurityPolicy-TLS-1-2-2017-01';

/** The predefined policy a listener's `PolicyNames` select through the balancer's `Policies`. */
function referencedPolicy(balancer: ResourceModel, names: readonly Resolved[]): string | { review: string } | undefined {
  const policies = balancer.get('Policies').value;
  if (policies !== undefined && !Array.isArray(policies)) return { review: `Policies is ${describeValue(policies)}` };
  for (const name of names) {
    if (typeof name !== 'string') return { review: `a policy name is ${describeValue(name)}` };
    const policy = ((policies ?? []) as readonly Resolved[]).find((entry) => isPlainObject(entry) && entry.PolicyName === name);
    if (!isPlainObject(policy) || policy.PolicyType !== 'SSLNegotiationPolicyType') continue;
    const attributes = Array.isArray(policy.Attributes) ? (policy.Attributes as readonly Resolved[]) : [];
    const reference = attributes.find((attribute) => isPlainObject(attribute) && attribute.Name === 'Reference-Security-Policy');
    if (!isPlainObject(reference)) return `custom policy ${name}`;
    return typeof reference.Value === 'string' ? reference.Value : { review: `the security policy of ${name} cannot be resolved` };
  }
  return undefined;
}

function judgeListener(balancer: ResourceModel, listener: Resolved, index: number): Finding | undefined {
  const key = `listener-${index}`;
  const propertyPath = `Listeners.${index}.PolicyNames`;
  if (!isPlainObject(listener)) return needsReview(`Listeners.${index} is ${describeValue(listener)}`, { key, propertyPath: `Listeners.${index}` });
  const protocol = listener.Protocol;
  if (typeof protocol !== 'string') return needsReview(`the protocol of listener ${index} cannot be resolved`, { key, propertyPath: `Listeners.${index}.Protocol` });
  if (!['HTTPS', 'SSL'].includes(protocol.toUpperCase())) return undefined;
  const port = typeof listener.LoadBalancerPort === 'string' || typeof listener.LoadBalancerPort === 'number' ? listener.LoadBalancerPort : '?';
  const names = listener.PolicyNames;
  if (names !== undefined && !Array.isArray(names)) return needsReview(`PolicyNames of listener ${index} is ${describeValue(names)}`, { key, propertyPath });
  const policy = referencedPolicy(balancer, (names ?? []) as readonly Resolved[]);
  if (typeof policy === 'object') return needsReview(policy.review, { key, propertyPath });
  if (policy === STRONG) return addressed(`the ${protocol} listener on port ${port} uses ${STRONG}`, { key, propertyPath });
  const used = policy ?? 'the default ELBSecurityPolicy-2016-08, which still accepts TLS 1.0';
  return unaddressed(`the ${protocol} listener on port ${port} uses ${used} instead of ${STRONG}`, { key, propertyPath });
}

export default defineRule({
  id: 'SRM-NET-044',
  title: 'Classic Load Balancer SSL/HTTPS listeners use the TLS 1.2 predefined security policy',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  controls: {
    configRule: 'ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK',
    securityHub: ['ELB.8'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.12'],
    nist80053: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-8', 'SC-8(1)', 'SC-13', 'SC-23'],
  },
  docs: {
    description: 'AWS terminates TLS on the balancer, but which protocol versions and ciphers it offers to the internet is the customer\'s choice of security policy.',
    addressedBy: `Each HTTPS/SSL listener's \`PolicyNames\` selects an \`SSLNegotiationPolicyType\` policy whose \`Reference-Security-Policy\` is \`${STRONG}\`.`,
    default: 'No policy on a listener: ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and 1.1: unaddressed. Custom (non-predefined) policies are unaddressed too.',
    fix: {
      cdk: `new elb.CfnLoadBalancer(this, id, { policies: [{ policyName: 'tls12', policyType: 'SSLNegotiationPolicyType', attributes: [{ Name: 'Reference-Security-Policy', Value: '${STRONG}' }] }], listeners: [{ protocol: 'HTTPS', loadBalancerPort: '443', instancePort: '80', sslCertificateId: cert, policyNames: ['tls12'] }] })`,
      cloudformation: `Add an SSLNegotiationPolicyType policy referencing ${STRONG} to \`Policies\` and name it in each HTTPS/SSL listener's \`PolicyNames\`.`,
    },
  },
  check(balancer) {
    const listeners = balancer.get('Listeners').value;
    if (!Array.isArray(listeners)) return needsReview(`Listeners is ${describeValue(listeners)}, not a list`, { propertyPath: 'Listeners' });
    const findings = (listeners as readonly Resolved[]).map((listener, index) => judgeListener(balancer, listener, index)).filter((f): f is Finding => f !== undefined);
    return findings.length > 0 ? findings : undefined;
  },
});
