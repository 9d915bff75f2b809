import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-instance-copy-tags-to-snapshot';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const db = (properties: object = {}) => ({ Db: resource('AWS::RDS::DBInstance', { Engine: 'postgres', ...properties }) });
const l2 = (copyTagsToSnapshot?: boolean) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, storageEncrypted: true, copyTagsToSnapshot });

testRule(rule, [
  { name: 'on', resources: db({ CopyTagsToSnapshot: true }), expect: 'addressed' },
  { name: 'absent', resources: db(), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: db({ CopyTagsToSnapshot: ref }), expect: 'needs-review' },
  { name: 'Aurora member', resources: db({ DBClusterIdentifier: 'c' }), expect: [] },
  { name: 'DatabaseInstance with the CDK default (true)', cdk: l2(), expect: 'addressed' },
  { name: 'DatabaseInstance with copyTagsToSnapshot false', cdk: l2(false), expect: 'unaddressed' },
]);
