import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-cluster-copy-tags-to-snapshot';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', ...properties }) });
const l2 = (copyTagsToSnapshot?: boolean) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new rds.DatabaseCluster(stack, 'C', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    writer: rds.ClusterInstance.serverlessV2('writer'),
    vpc: isolatedVpc(stack),
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    copyTagsToSnapshot,
  });

testRule(rule, [
  { name: 'on', resources: cluster({ CopyTagsToSnapshot: true }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ CopyTagsToSnapshot: ref }), expect: 'needs-review' },
  { name: 'DatabaseCluster with the CDK default (true)', cdk: l2(), expect: 'addressed' },
  { name: 'DatabaseCluster with copyTagsToSnapshot false', cdk: l2(false), expect: 'unaddressed' },
]);
