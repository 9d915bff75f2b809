import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-cluster-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::RDS::DBCluster', { Engine: 'aurora-mysql', ...properties }) });
const l2 = (deletionProtection?: boolean) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new rds.DatabaseCluster(stack, 'C', {
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.serverlessV2('writer'),
    vpc: isolatedVpc(stack),
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    deletionProtection,
  });

testRule(rule, [
  { name: 'on', resources: cluster({ DeletionProtection: true }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ DeletionProtection: ref }), expect: 'needs-review' },
  { name: 'DatabaseCluster with deletion protection', cdk: l2(true), expect: 'addressed' },
  { name: 'DatabaseCluster with the defaults', cdk: l2(), expect: 'unaddressed' },
]);
