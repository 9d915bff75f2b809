import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/patch-management/rds-cluster-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', ...properties } } });

testRule(rule, [
  { name: 'absent: default on', resources: cluster({}), expect: 'addressed' },
  { name: 'true', resources: cluster({ AutoMinorVersionUpgrade: true }), expect: 'addressed' },
  { name: 'false', resources: cluster({ AutoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ AutoMinorVersionUpgrade: { Ref: 'P' } }), expect: 'needs-review' },
  { name: '[L1] CfnDBCluster with false', cdk: (stack) => new rds.CfnDBCluster(stack, 'Cluster', { engine: 'aurora-postgresql', autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: '[L1] CfnDBCluster default', cdk: (stack) => new rds.CfnDBCluster(stack, 'Cluster', { engine: 'aurora-postgresql' }), expect: 'addressed' },
]);
