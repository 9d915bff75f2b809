import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/encryption-at-rest/redshift-cluster-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::Redshift::Cluster';
const base = { ClusterType: 'single-node', NodeType: 'ra3.large', DBName: 'dev', MasterUsername: 'admin' };
const props = { clusterType: 'single-node', nodeType: 'ra3.large', dbName: 'dev', masterUsername: 'admin', masterUserPassword: '{{resolve:secretsmanager:pw}}' };

testRule(rule, [
  { name: 'Encrypted true', resources: one(T, { ...base, Encrypted: true }), expect: 'addressed' },
  { name: 'Encrypted absent: encrypted by default', resources: one(T, base), expect: [{ status: 'addressed', message: /by default/ }] },
  { name: 'Encrypted false', resources: one(T, { ...base, Encrypted: false }), expect: 'unaddressed' },
  { name: 'restored from a snapshot', resources: one(T, { ...base, SnapshotIdentifier: 'snap' }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ ...base, Encrypted: u })),
  imported(T, (u) => ({ ...base, Encrypted: u })),
  conditional(T, (v) => ({ ...base, Encrypted: v }), true, false, 'unaddressed'),
  { name: 'L1 CfnCluster encrypted', cdk: (stack) => void new redshift.CfnCluster(stack, 'Warehouse', { ...props, encrypted: true }), expect: 'addressed' },
  { name: 'L1 CfnCluster with encrypted: false', cdk: (stack) => void new redshift.CfnCluster(stack, 'Warehouse', { ...props, encrypted: false }), expect: 'unaddressed' },
]);
