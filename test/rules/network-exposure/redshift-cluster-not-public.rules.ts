import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/network-exposure/redshift-cluster-not-public';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ R: { Type: 'AWS::Redshift::Cluster', Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'd', MasterUsername: 'u', ...properties } } });
const cfn = (publiclyAccessible?: boolean) => (stack: import('aws-cdk-lib').Stack) =>
  void new redshift.CfnCluster(stack, 'R', { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'd', masterUsername: 'u', publiclyAccessible });

testRule(rule, [
  { name: 'absent: private by default', resources: cluster({}), expect: 'addressed' },
  { name: 'false', resources: cluster({ PubliclyAccessible: false }), expect: 'addressed' },
  { name: 'true', resources: cluster({ PubliclyAccessible: true }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ PubliclyAccessible: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnCluster public', cdk: cfn(true), expect: 'unaddressed' },
  { name: 'CfnCluster default', cdk: cfn(), expect: 'addressed' },
]);
