import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/logging-monitoring/elbv2-access-logs';
import { testRule } from '../../support/rule-tester';

const lb = (properties: object) => ({ Lb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'], ...properties } } });
const on = [{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'access_logs.s3.bucket', Value: 'logs' }];

testRule(rule, [
  { name: 'access logs on', resources: lb({ LoadBalancerAttributes: on }), expect: 'addressed' },
  { name: 'no attributes', resources: lb({}), expect: 'unaddressed' },
  { name: 'access logs off', resources: lb({ LoadBalancerAttributes: [{ Key: 'access_logs.s3.enabled', Value: 'false' }] }), expect: 'unaddressed' },
  { name: 'gateway load balancer is not checked', resources: lb({ Type: 'gateway' }), expect: [] },
  { name: 'enabled flag from a parameter', parameters: { On: { Type: 'String' } }, resources: lb({ LoadBalancerAttributes: [{ Key: 'access_logs.s3.enabled', Value: { Ref: 'On' } }] }), expect: 'needs-review' },
  {
    name: 'ALB with logAccessLogs',
    env: { account: '111111111111', region: 'eu-west-1' },
    cdk: (stack) => {
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }) });
      alb.logAccessLogs(new s3.Bucket(stack, 'Logs'));
    },
    expect: 'addressed',
  },
  { name: 'ALB without access logs', cdk: (stack) => void new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }) }), expect: 'unaddressed' },
]);
