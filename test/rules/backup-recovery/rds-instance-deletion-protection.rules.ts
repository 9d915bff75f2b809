import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/backup-recovery/rds-instance-deletion-protection';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, ref, resource, unknownParameter } from './fixtures';

const db = (properties: object = {}) => ({ Db: resource('AWS::RDS::DBInstance', { Engine: 'mysql', ...properties }) });
const instance = (deletionProtection?: boolean) => (stack: Parameters<typeof isolatedVpc>[0]) =>
  void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.MYSQL, vpc: isolatedVpc(stack), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, deletionProtection });

testRule(rule, [
  { name: 'on', resources: db({ DeletionProtection: true }), expect: 'addressed' },
  { name: 'absent', resources: db(), expect: [{ status: 'unaddressed', message: /not set, so deletion protection is off/ }] },
  { name: 'false', resources: db({ DeletionProtection: 'false' }), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: db({ DeletionProtection: ref }), expect: 'needs-review' },
  { name: 'not a boolean', resources: db({ DeletionProtection: 'yes' }), expect: [{ status: 'needs-review', propertyPath: 'DeletionProtection' }] },
  { name: 'Aurora member', resources: db({ DBClusterIdentifier: 'c' }), expect: [] },
  { name: 'DatabaseInstance with deletion protection', cdk: instance(true), expect: 'addressed' },
  { name: 'DatabaseInstance with the defaults', cdk: instance(), expect: 'unaddressed' },
]);
