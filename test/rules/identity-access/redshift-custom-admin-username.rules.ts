import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/identity-access/redshift-custom-admin-username';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ R: { Type: 'AWS::Redshift::Cluster', Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'warehouse', ManageMasterPassword: true, ...properties } } });
const l1 = (stack: import('aws-cdk-lib').Stack, masterUsername: string) =>
  void new redshift.CfnCluster(stack, 'R', { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'warehouse', masterUsername, manageMasterPassword: true });

testRule(rule, [
  { name: 'custom name', resources: cluster({ MasterUsername: 'dwowner' }), expect: 'addressed' },
  { name: 'awsuser', resources: cluster({ MasterUsername: 'awsuser' }), expect: [{ status: 'unaddressed', propertyPath: 'MasterUsername' }] },
  { name: 'restored from a snapshot', resources: cluster({ SnapshotIdentifier: 'snap' }), expect: [] },
  { name: 'parameter without a default', parameters: { U: { Type: 'String' } }, resources: cluster({ MasterUsername: { Ref: 'U' } }), expect: 'needs-review' },
  { name: 'CfnCluster with a custom name', cdk: (stack) => l1(stack, 'dwowner'), expect: 'addressed' },
  { name: 'CfnCluster with awsuser', cdk: (stack) => l1(stack, 'awsuser'), expect: 'unaddressed' },
]);
