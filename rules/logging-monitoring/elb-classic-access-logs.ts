import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-009',
  title: 'Classic Load Balancer access logs are on',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  controls: {
    configRule: 'ELB_LOGGING_ENABLED',
    securityHub: ['ELB.5'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.10'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'SC-7(9)'],
    cdkNag: ['AwsSolutions-ELB2', 'NIST.800.53.R5-ELBLoggingEnabled'],
  },
  docs: {
    description: 'Requests passing a Classic Load Balancer are recorded only when the customer turns access logging on.',
    addressedBy: '`AccessLoggingPolicy` with `Enabled: true` and `S3BucketName`.',
    default: 'Absent means access logs are off: unaddressed.',
    fix: {
      cdk: 'new elb.CfnLoadBalancer(..., { accessLoggingPolicy: { enabled: true, s3BucketName: bucket.bucketName } }) // or node.defaultChild override on the L2',
      cloudformation: 'Set `AccessLoggingPolicy: { Enabled: true, S3BucketName: <bucket> }` on the AWS::ElasticLoadBalancing::LoadBalancer.',
    },
  },
  check(lb) {
    const policy = lb.get('AccessLoggingPolicy');
    if (policy.value === undefined) return judge(policy, () => fail('no AccessLoggingPolicy, so access logs are off'));
    return booleanSwitch(lb.get('AccessLoggingPolicy.Enabled'), {
      on: 'access logs are delivered to S3',
      off: 'AccessLoggingPolicy.Enabled is false, so access logs are off',
      absent: fail('AccessLoggingPolicy.Enabled is not set, so access logs are off'),
    });
  },
});
