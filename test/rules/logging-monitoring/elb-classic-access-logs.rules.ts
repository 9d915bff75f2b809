import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import rule from '../../../rules/logging-monitoring/elb-classic-access-logs';
import { testRule } from '../../support/rule-tester';

const lb = (properties: object) => ({ Lb: { Type: 'AWS::ElasticLoadBalancing::LoadBalancer', Properties: { Listeners: [{ LoadBalancerPort: '80', InstancePort: '80', Protocol: 'HTTP' }], ...properties } } });

testRule(rule, [
  { name: 'access logging on', resources: lb({ AccessLoggingPolicy: { Enabled: true, S3BucketName: 'logs' } }), expect: 'addressed' },
  { name: 'no access logging policy', resources: lb({}), expect: [{ status: 'unaddressed', message: /no AccessLoggingPolicy/ }] },
  { name: 'access logging disabled', resources: lb({ AccessLoggingPolicy: { Enabled: false, S3BucketName: 'logs' } }), expect: 'unaddressed' },
  { name: 'enabled flag from a parameter', parameters: { On: { Type: 'String' } }, resources: lb({ AccessLoggingPolicy: { Enabled: { Ref: 'On' }, S3BucketName: 'logs' } }), expect: 'needs-review' },
  {
    name: 'LoadBalancer with an access logging policy (L1)',
    cdk: (stack) => void new elb.CfnLoadBalancer(stack, 'Lb', { listeners: [{ loadBalancerPort: '80', instancePort: '80', protocol: 'HTTP' }], accessLoggingPolicy: { enabled: true, s3BucketName: 'logs' } }),
    expect: 'addressed',
  },
  { name: 'LoadBalancer (L2) without access logs', cdk: (stack) => void new elb.LoadBalancer(stack, 'Lb', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }), internetFacing: true }), expect: 'unaddressed' },
]);
