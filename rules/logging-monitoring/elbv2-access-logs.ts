import { asBoolean, judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';
import { Unresolved } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-LOG-008',
  title: 'Application and Network Load Balancer access logs are on',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  controls: {
    configRule: 'ELB_LOGGING_ENABLED',
    securityHub: ['ELB.5'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.6'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'SC-7(9)'],
    cdkNag: ['AwsSolutions-ELB2', 'NIST.800.53.R5-ELBLoggingEnabled'],
  },
  docs: {
    description: 'The load balancer is AWS\'s; recording the requests it passes to the customer\'s targets is the customer\'s choice.',
    addressedBy: 'Load balancer attribute `access_logs.s3.enabled = true` with `access_logs.s3.bucket`.',
    default: 'Access logs are off unless the attribute is set: unaddressed. Gateway Load Balancers have no access logs and are not checked.',
    fix: {
      cdk: 'loadBalancer.logAccessLogs(logBucket, "alb")',
      cloudformation: 'Add `LoadBalancerAttributes: [{ Key: access_logs.s3.enabled, Value: "true" }, { Key: access_logs.s3.bucket, Value: <bucket> }]`.',
    },
  },
  check(lb) {
    if (lb.get('Type').value === 'gateway') return undefined;
    return judge(lb.get('LoadBalancerAttributes'), (value) => {
      const attributes = listOf(value);
      if (attributes instanceof Unresolved) return review(`LoadBalancerAttributes cannot be read: ${attributes.reason}`);
      let enabled: boolean | 'unknown' = false;
      for (const attribute of attributes) {
        if (!isPlainObject(attribute) || typeof attribute.Key !== 'string') return review('a load balancer attribute cannot be read');
        if (attribute.Key !== 'access_logs.s3.enabled') continue;
        const flag = asBoolean(attribute.Value);
        enabled = flag === undefined ? 'unknown' : flag;
      }
      if (enabled === 'unknown') return review('access_logs.s3.enabled has a value the tool cannot read');
      return enabled ? pass('access logs are delivered to S3') : fail('access logs are off (access_logs.s3.enabled is not true)');
    });
  },
});
