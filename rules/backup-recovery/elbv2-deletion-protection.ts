import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject, type Resolved } from '../../lib/model/values';
import { switchedOn } from './lib/checks';

const KEY = 'deletion_protection.enabled';

/** Elastic Load Balancing default: the `deletion_protection.enabled` attribute is false. */
export default defineRule({
  id: 'SRM-BKP-022',
  title: 'Application, Network or Gateway Load Balancer has deletion protection',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  controls: {
    configRule: 'ELB_DELETION_PROTECTION_ENABLED',
    securityHub: ['ELB.6'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.5'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
    cdkNag: ['NIST.800.53.R5-ELBDeletionProtectionEnabled'],
  },
  docs: {
    description: 'A deleted load balancer takes its DNS name with it; everything pointing at it breaks until it is rebuilt.',
    addressedBy: 'Load balancer attribute `deletion_protection.enabled` = `true`.',
    default: 'Absent means false: unaddressed.',
    fix: {
      cdk: 'new elbv2.ApplicationLoadBalancer(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Add `{ Key: deletion_protection.enabled, Value: "true" }` to `LoadBalancerAttributes`.',
    },
  },
  check(balancer) {
    const attributes = balancer.get('LoadBalancerAttributes');
    if (attributes.value === undefined) return switchedOn(attributes, 'deletion protection');
    if (!Array.isArray(attributes.value)) return needsReview('LoadBalancerAttributes cannot be read', { propertyPath: 'LoadBalancerAttributes' });
    const list = attributes.value as readonly Resolved[];
    const index = list.findIndex((entry) => isPlainObject(entry) && entry.Key === KEY);
    if (index < 0) {
      if (list.some((entry) => !isPlainObject(entry) || typeof entry.Key !== 'string')) {
        return needsReview('an attribute of LoadBalancerAttributes cannot be read', { propertyPath: 'LoadBalancerAttributes' });
      }
      return switchedOn({ path: `LoadBalancerAttributes[${KEY}]`, value: undefined }, 'deletion protection');
    }
    return switchedOn(balancer.get(`LoadBalancerAttributes.${index}.Value`), 'deletion protection');
  },
});
