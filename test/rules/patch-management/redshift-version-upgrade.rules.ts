import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/patch-management/redshift-version-upgrade';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::Redshift::Cluster', Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'd', MasterUsername: 'u', ...properties } } });
const cdkCluster = { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'd', masterUsername: 'u', manageMasterPassword: true };

testRule(rule, [
  { name: 'absent: default allows upgrades', resources: cluster({}), expect: 'addressed' },
  { name: 'false', resources: cluster({ AllowVersionUpgrade: false }), expect: [{ status: 'unaddressed', message: /AllowVersionUpgrade is false/ }] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ AllowVersionUpgrade: { Ref: 'P' } }), expect: 'needs-review' },
  { name: '[L1] CfnCluster false', cdk: (stack) => new redshift.CfnCluster(stack, 'Cluster', { ...cdkCluster, allowVersionUpgrade: false }), expect: 'unaddressed' },
  { name: '[L1] CfnCluster default', cdk: (stack) => new redshift.CfnCluster(stack, 'Cluster', cdkCluster), expect: 'addressed' },
]);
