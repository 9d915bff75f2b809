import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import acmRule from '../../../rules/encryption-in-transit/elb-classic-acm-certificate';
import listenersRule from '../../../rules/encryption-in-transit/elb-classic-listeners-https';
import { testRule } from '../../support/rule-tester';

const lb = (listeners: unknown) => ({ Lb: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { Listeners: listeners } } });
const https = (cert: unknown) => ({ LoadBalancerPort: '443', InstancePort: '80', Protocol: 'HTTPS', SSLCertificateId: cert });
const ACM = 'arn:aws:acm:eu-west-1:123456789012:certificate/abc';

testRule(listenersRule, [
  { name: 'HTTPS listener', resources: lb([https(ACM)]), expect: 'addressed' },
  { name: 'HTTP and HTTPS listeners', resources: lb([{ LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }, https(ACM)]), expect: [{ status: 'unaddressed', key: 'port-80' }, { status: 'addressed', key: 'port-443' }] },
  { name: 'listeners from an import', resources: lb({ 'Fn::ImportValue': 'Listeners' }), expect: 'needs-review' },
  { name: 'CDK listener on port 80', cdk: (stack) => void new elb.LoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc'), listeners: [{ externalPort: 80 }] }), expect: 'unaddressed' },
  { name: 'CDK HTTPS listener', cdk: (stack) => void new elb.LoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc'), listeners: [{ externalPort: 443, sslCertificateArn: ACM }] }), expect: 'addressed' },
]);

testRule(acmRule, [
  { name: 'ACM certificate', resources: lb([https(ACM)]), expect: 'addressed' },
  { name: 'IAM certificate', resources: lb([https('arn:aws:iam::123456789012:server-certificate/x')]), expect: 'unaddressed' },
  { name: 'certificate from a parameter without default', parameters: { C: { Type: 'String' } }, resources: lb([https({ Ref: 'C' })]), expect: 'needs-review' },
  { name: 'HTTP only: out of scope', resources: lb([{ LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }]), expect: [] },
  { name: 'CDK HTTPS listener with ACM certificate', cdk: (stack) => void new elb.LoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc'), listeners: [{ externalPort: 443, sslCertificateArn: ACM }] }), expect: 'addressed' },
]);
