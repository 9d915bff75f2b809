import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { ResourceReference, describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-NET-016',
  title: 'ElastiCache clusters use a custom subnet group',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::CacheCluster'],
  controls: {
    configRule: 'ELASTICACHE_SUBNET_GROUP_CHECK',
    securityHub: ['ElastiCache.7'],
    controlTower: ['CT.ELASTICACHE.PR.6'],
    nist80053: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(5)', 'SC-7(11)', 'SC-7(21)'],
  },
  docs: {
    description: 'The default subnet group places cache nodes in the default VPC\'s subnets, which are public by default; a custom group keeps them in subnets the customer chose.',
    addressedBy: '`CacheSubnetGroupName` naming a subnet group other than `default`.',
    default: 'Absent: ElastiCache uses the `default` subnet group of the default VPC: unaddressed.',
    fix: {
      cdk: 'new elasticache.CfnCacheCluster(this, id, { cacheSubnetGroupName: subnetGroup.ref, vpcSecurityGroupIds: [sg.securityGroupId], ... })',
      cloudformation: 'Create an AWS::ElastiCache::SubnetGroup over private subnets and set `CacheSubnetGroupName` to it.',
    },
  },
  check: (cluster) =>
    judge(cluster.get('CacheSubnetGroupName'), (value) => {
      if (value === undefined) return fail('CacheSubnetGroupName is not set, so the cluster uses the default subnet group of the default VPC');
      if (value instanceof ResourceReference) return pass(`the cluster uses subnet group ${value.logicalId}`);
      if (typeof value !== 'string') return review(`CacheSubnetGroupName is ${describeValue(value)}`);
      return value.toLowerCase() === 'default' ? fail('CacheSubnetGroupName is the default subnet group') : pass(`the cluster uses subnet group ${value}`);
    }),
});
