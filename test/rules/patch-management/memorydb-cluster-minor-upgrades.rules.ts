import * as memorydb from 'aws-cdk-lib/aws-memorydb';
import rule from '../../../rules/patch-management/memorydb-cluster-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::MemoryDB::Cluster', Properties: { ClusterName: 'c', NodeType: 'db.t4g.small', ACLName: 'open-access', ...properties } } });

testRule(rule, [
  { name: 'absent: default on', resources: cluster({}), expect: 'addressed' },
  { name: 'false', resources: cluster({ AutoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: 'imported value', resources: cluster({ AutoMinorVersionUpgrade: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: '[L1] CfnCluster false', cdk: (stack) => new memorydb.CfnCluster(stack, 'Cluster', { clusterName: 'c', nodeType: 'db.t4g.small', aclName: 'open-access', autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
]);
