import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import rule from '../../../rules/network-exposure/elb-classic-tls-policy';
import { testRule } from '../../support/rule-tester';

const tls12 = { PolicyName: 'tls12', PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] };
const old = { PolicyName: 'old', PolicyType: 'SSLNegotiationPolicyType', Attributes: [{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-2016-08' }] };
const https = (policyNames?: unknown) => ({ Protocol: 'HTTPS', LoadBalancerPort: '443', InstancePort: '80', SSLCertificateId: 'arn:cert', ...(policyNames ? { PolicyNames: policyNames } : {}) });
const balancer = (listeners: object[], policies?: object[]) => ({
  Lb: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { Listeners: listeners, AvailabilityZones: ['eu-west-1a'], ...(policies ? { Policies: policies } : {}) } },
});
const cfn = (policyNames: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new elb.CfnLoadBalancer(stack, 'Lb', {
    availabilityZones: ['eu-west-1a'],
    policies: [{ policyName: 'tls12', policyType: 'SSLNegotiationPolicyType', attributes: [{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }],
    listeners: [{ protocol: 'HTTPS', loadBalancerPort: '443', instancePort: '80', sslCertificateId: 'arn:cert', policyNames }],
  });

testRule(rule, [
  { name: 'TLS 1.2 policy', resources: balancer([https(['tls12'])], [tls12]), expect: 'addressed' },
  { name: 'no policy: the 2016-08 default', resources: balancer([https()]), expect: [{ status: 'unaddressed', key: 'listener-0', message: /2016-08/ }] },
  { name: 'an older predefined policy', resources: balancer([https(['old'])], [old]), expect: 'unaddressed' },
  { name: 'HTTP listener only', resources: balancer([{ Protocol: 'HTTP', LoadBalancerPort: '80', InstancePort: '80' }]), expect: [] },
  { name: 'policy names from a parameter without default', parameters: { P: { Type: 'CommaDelimitedList' } }, resources: balancer([https({ Ref: 'P' })], [tls12]), expect: 'needs-review' },
  { name: 'CfnLoadBalancer with the TLS 1.2 policy', cdk: cfn(['tls12']), expect: 'addressed' },
  { name: 'CfnLoadBalancer without a policy', cdk: cfn([]), expect: 'unaddressed' },
]);
