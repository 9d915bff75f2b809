import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import rule from '../../../rules/encryption-in-transit/elbv2-acm-certificate';
import { testRule } from '../../support/rule-tester';

const listener = (arn: unknown) => ({ L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:lb', Protocol: 'HTTPS', DefaultActions: [], Certificates: [{ CertificateArn: arn }] } } });

testRule(rule, [
  { name: 'ACM certificate ARN', resources: listener('arn:aws:acm:eu-west-1:123456789012:certificate/abc'), expect: 'addressed' },
  { name: 'certificate resource of the template', resources: { ...listener({ Ref: 'Cert' }), Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: { DomainName: 'example.com' } } }, expect: [{ status: 'addressed', on: 'L' }] },
  { name: 'IAM server certificate', resources: listener('arn:aws:iam::123456789012:server-certificate/old'), expect: [{ status: 'unaddressed', message: /IAM server certificate/ }] },
  { name: 'extra listener certificate from IAM', resources: { C: { Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate', Properties: { ListenerArn: 'arn:l', Certificates: [{ CertificateArn: 'arn:aws:iam::1:server-certificate/x' }] } } }, expect: 'unaddressed' },
  { name: 'certificate imported from another stack', resources: listener({ 'Fn::ImportValue': 'CertArn' }), expect: 'needs-review' },
  { name: 'HTTP listener has no certificate', resources: { L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:lb', Protocol: 'HTTP', DefaultActions: [] } } }, expect: [] },
  {
    name: 'ALB listener with an ACM certificate',
    cdk: (stack) => {
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: new ec2.Vpc(stack, 'Vpc') });
      const certificate = acm.Certificate.fromCertificateArn(stack, 'Cert', 'arn:aws:acm:eu-west-1:123456789012:certificate/abc');
      alb.addListener('Https', { port: 443, certificates: [certificate], defaultAction: elbv2.ListenerAction.fixedResponse(200) });
    },
    expect: 'addressed',
  },
]);
