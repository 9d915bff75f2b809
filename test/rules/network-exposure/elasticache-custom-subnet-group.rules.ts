import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/network-exposure/elasticache-custom-subnet-group';
import { testRule } from '../../support/rule-tester';

const cache = (properties: object) => ({ C: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1, ...properties } } });

testRule(rule, [
  { name: 'named subnet group', resources: cache({ CacheSubnetGroupName: 'private-cache' }), expect: 'addressed' },
  { name: 'subnet group of the template', resources: { ...cache({ CacheSubnetGroupName: { Ref: 'G' } }), G: { Type: 'AWS::ElastiCache::SubnetGroup', Properties: { Description: 'g', SubnetIds: ['s-1'] } } }, expect: 'addressed' },
  { name: 'absent', resources: cache({}), expect: 'unaddressed' },
  { name: 'default', resources: cache({ CacheSubnetGroupName: 'default' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { G: { Type: 'String' } }, resources: cache({ CacheSubnetGroupName: { Ref: 'G' } }), expect: 'needs-review' },
  {
    name: 'CfnCacheCluster with a CfnSubnetGroup',
    cdk: (stack) => {
      const group = new elasticache.CfnSubnetGroup(stack, 'G', { description: 'g', subnetIds: ['s-1'] });
      new elasticache.CfnCacheCluster(stack, 'C', { engine: 'redis', cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, cacheSubnetGroupName: group.ref });
    },
    expect: 'addressed',
  },
  { name: 'CfnCacheCluster without', cdk: (stack) => void new elasticache.CfnCacheCluster(stack, 'C', { engine: 'redis', cacheNodeType: 'cache.t3.micro', numCacheNodes: 1 }), expect: 'unaddressed' },
]);
