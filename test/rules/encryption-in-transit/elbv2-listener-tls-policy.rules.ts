import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import rule from '../../../rules/encryption-in-transit/elbv2-listener-tls-policy';
import { testRule } from '../../support/rule-tester';

const listener = (properties: object) => ({ L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:lb', Protocol: 'HTTPS', DefaultActions: [], ...properties } } });
const httpsListener = (sslPolicy?: elbv2.SslPolicy) => (stack: import('aws-cdk-lib').Stack) => {
  const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: new ec2.Vpc(stack, 'Vpc') });
  const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:eu-west-1:123456789012:certificate/abc');
  alb.addListener('Https', { port: 443, certificates: [certificate], sslPolicy, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
};

testRule(rule, [
  { name: 'TLS 1.3 policy', resources: listener({ SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), expect: 'addressed' },
  { name: 'TLS 1.2 policy on an NLB TLS listener', resources: listener({ Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }), expect: 'addressed' },
  { name: 'no SslPolicy', resources: listener({}), expect: [{ status: 'unaddressed', message: /2016-08/ }] },
  { name: 'old policy', resources: listener({ SslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' }), expect: 'unaddressed' },
  { name: 'policy from a parameter without default', parameters: { P: { Type: 'String' } }, resources: listener({ SslPolicy: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'HTTP listener is out of scope', resources: listener({ Protocol: 'HTTP' }), expect: [] },
  { name: 'HTTPS listener with RECOMMENDED_TLS', cdk: httpsListener(elbv2.SslPolicy.RECOMMENDED_TLS), expect: 'addressed' },
  { name: 'HTTPS listener with TLS 1.1 policy', cdk: httpsListener(elbv2.SslPolicy.TLS11), expect: 'unaddressed' },
]);
