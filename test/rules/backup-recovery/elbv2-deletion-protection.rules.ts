import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import rule from '../../../rules/backup-recovery/elbv2-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const lb = (attributes?: object[]) => ({ Lb: resource('AWS::ElasticLoadBalancingV2::LoadBalancer', attributes ? { LoadBalancerAttributes: attributes } : {}) });
const l2 = (deletionProtection?: boolean) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, deletionProtection });

testRule(rule, [
  { name: 'on', resources: lb([{ Key: 'idle_timeout.timeout_seconds', Value: '60' }, { Key: 'deletion_protection.enabled', Value: 'true' }]), expect: 'addressed' },
  { name: 'no attributes', resources: lb(), expect: 'unaddressed' },
  { name: 'other attributes only', resources: lb([{ Key: 'idle_timeout.timeout_seconds', Value: '60' }]), expect: [{ status: 'unaddressed', message: /deletion protection is off/ }] },
  { name: 'false', resources: lb([{ Key: 'deletion_protection.enabled', Value: 'false' }]), expect: 'unaddressed' },
  { name: 'value from a parameter without a default', parameters: unknownParameter, resources: lb([{ Key: 'deletion_protection.enabled', Value: ref }]), expect: 'needs-review' },
  { name: 'attribute list from a parameter', parameters: unknownParameter, resources: lb(ref as unknown as object[]), expect: 'needs-review' },
  { name: 'ApplicationLoadBalancer with deletion protection', cdk: l2(true), expect: 'addressed' },
  { name: 'ApplicationLoadBalancer with the defaults', cdk: l2(), expect: 'unaddressed' },
]);
