import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import rule from '../../../rules/encryption-in-transit/elbv2-listener-https';
import { testRule } from '../../support/rule-tester';

const listener = (properties: object) => ({ Listener: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { LoadBalancerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/x/1', ...properties } } });
const forward = [{ Type: 'forward', TargetGroupArn: 'arn:tg' }];
const redirect = [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }];

testRule(rule, [
  { name: 'HTTPS listener', resources: listener({ Protocol: 'HTTPS', Port: 443, DefaultActions: forward, Certificates: [{ CertificateArn: 'arn:aws:acm:eu-west-1:1:certificate/x' }] }), expect: 'addressed' },
  { name: 'HTTP listener redirecting to HTTPS', resources: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: redirect }), expect: [{ status: 'addressed', message: /redirects/ }] },
  { name: 'HTTP listener forwarding', resources: listener({ Protocol: 'HTTP', Port: 80, DefaultActions: forward }), expect: [{ status: 'unaddressed', message: /plain HTTP/, propertyPath: 'Protocol' }] },
  { name: 'TCP pass-through', resources: listener({ Protocol: 'TCP', Port: 443, DefaultActions: forward }), expect: [{ status: 'needs-review', message: /does not terminate TLS/ }] },
  { name: 'protocol from a parameter without default', parameters: { P: { Type: 'String' } }, resources: listener({ Protocol: { Ref: 'P' }, DefaultActions: forward }), expect: [{ status: 'needs-review', message: /no default/ }] },
  { name: 'Gateway Load Balancer listener (no protocol)', resources: listener({ DefaultActions: forward }), expect: [] },
  {
    name: 'ALB with an HTTP listener and a redirect',
    cdk: (stack) => {
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: new ec2.Vpc(stack, 'Vpc') });
      alb.addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(200) });
      alb.addRedirect({ sourcePort: 8080 });
    },
    expect: [{ status: 'unaddressed', on: 'Http' }, { status: 'addressed', on: 'Redirect8080To443' }],
  },
]);
