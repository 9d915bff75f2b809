import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/rds-cluster-not-public';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ C: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large', ...properties } } });

testRule(rule, [
  { name: 'PubliclyAccessible false', resources: cluster({ PubliclyAccessible: false }), expect: 'addressed' },
  { name: 'PubliclyAccessible true', resources: cluster({ PubliclyAccessible: true }), expect: 'unaddressed' },
  { name: 'Multi-AZ cluster, absent, default VPC', resources: cluster({}), expect: [{ status: 'unaddressed', message: /default VPC/ }] },
  { name: 'Multi-AZ cluster, absent, subnet group outside the template', resources: cluster({ DBSubnetGroupName: 'g' }), expect: 'needs-review' },
  { name: 'Aurora cluster, absent: its instances decide', resources: cluster({ Engine: 'aurora-mysql', DBClusterInstanceClass: undefined }), expect: [] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ PubliclyAccessible: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnDBCluster public', cdk: (stack) => void new rds.CfnDBCluster(stack, 'C', { engine: 'postgres', dbClusterInstanceClass: 'db.m6gd.large', publiclyAccessible: true }), expect: 'unaddressed' },
  { name: 'CfnDBCluster private', cdk: (stack) => void new rds.CfnDBCluster(stack, 'C', { engine: 'postgres', dbClusterInstanceClass: 'db.m6gd.large', publiclyAccessible: false }), expect: 'addressed' },
]);
