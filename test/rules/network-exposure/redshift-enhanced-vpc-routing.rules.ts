import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/network-exposure/redshift-enhanced-vpc-routing';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ R: { Type: 'AWS::Redshift::Cluster', Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'd', MasterUsername: 'u', ...properties } } });
const cfn = (enhancedVpcRouting?: boolean) => (stack: import('aws-cdk-lib').Stack) =>
  void new redshift.CfnCluster(stack, 'R', { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'd', masterUsername: 'u', enhancedVpcRouting });

testRule(rule, [
  { name: 'true', resources: cluster({ EnhancedVpcRouting: true }), expect: 'addressed' },
  { name: 'absent', resources: cluster({}), expect: 'unaddressed' },
  { name: 'false', resources: cluster({ EnhancedVpcRouting: 'false' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ EnhancedVpcRouting: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnCluster with enhanced routing', cdk: cfn(true), expect: 'addressed' },
  { name: 'CfnCluster default', cdk: cfn(), expect: 'unaddressed' },
]);
