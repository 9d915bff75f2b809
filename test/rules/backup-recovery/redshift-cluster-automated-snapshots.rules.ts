import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/backup-recovery/redshift-cluster-automated-snapshots';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ W: resource('AWS::Redshift::Cluster', { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'dw', MasterUsername: 'admin', ...properties }) });
const l1 = (automatedSnapshotRetentionPeriod?: number) => (stack: import('aws-cdk-lib').Stack) =>
  void new redshift.CfnCluster(stack, 'W', { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'dw', masterUsername: 'admin', manageMasterPassword: true, automatedSnapshotRetentionPeriod });

testRule(rule, [
  { name: '7 days', resources: cluster({ AutomatedSnapshotRetentionPeriod: 7 }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: [{ status: 'unaddressed', message: /default of 1 day/ }] },
  { name: '0 turns snapshots off', resources: cluster({ AutomatedSnapshotRetentionPeriod: 0 }), expect: [{ status: 'unaddressed', message: /turned off/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ AutomatedSnapshotRetentionPeriod: ref }), expect: 'needs-review' },
  { name: 'CfnCluster keeping 7 days', cdk: l1(7), expect: 'addressed' },
  { name: 'CfnCluster with the defaults', cdk: l1(), expect: 'unaddressed' },
]);
