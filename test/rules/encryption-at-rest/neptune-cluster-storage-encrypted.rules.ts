import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/encryption-at-rest/neptune-cluster-storage-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::Neptune::DBCluster';

testRule(rule, [
  { name: 'StorageEncrypted true', resources: one(T, { StorageEncrypted: true }), expect: 'addressed' },
  { name: 'StorageEncrypted absent', resources: one(T, {}), expect: 'unaddressed' },
  { name: 'restored from a snapshot', resources: one(T, { SnapshotIdentifier: 'snap' }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ StorageEncrypted: u })),
  imported(T, (u) => ({ StorageEncrypted: u })),
  conditional(T, (v) => ({ StorageEncrypted: v }), true, false, 'unaddressed'),
  { name: 'L1 CfnDBCluster encrypted', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'Graph', { storageEncrypted: true }), expect: 'addressed' },
  { name: 'L1 CfnDBCluster without encryption', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'Graph', {}), expect: 'unaddressed' },
]);
