import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/aurora-mysql-backtracking';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::RDS::DBCluster', { Engine: 'aurora-mysql', ...properties }) });
const l2 = (backtrackWindow?: Duration) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new rds.DatabaseCluster(stack, 'C', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.provisioned('writer'),
    vpc: isolatedVpc(stack),
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    backtrackWindow,
  });

testRule(rule, [
  { name: '24 hours', resources: cluster({ BacktrackWindow: 86400 }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: [{ status: 'unaddressed', message: /backtracking is off/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ BacktrackWindow: ref }), expect: 'needs-review' },
  { name: 'engine unknown', parameters: unknownParameter, resources: cluster({ Engine: ref }), expect: 'needs-review' },
  { name: 'Aurora PostgreSQL cannot backtrack', resources: cluster({ Engine: 'aurora-postgresql' }), expect: [] },
  { name: 'DatabaseCluster with a backtrack window', cdk: l2(Duration.hours(24)), expect: 'addressed' },
  { name: 'DatabaseCluster without one', cdk: l2(), expect: 'unaddressed' },
]);
