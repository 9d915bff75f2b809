import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass } from './lib/decide';
import { describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-NET-028',
  title: 'RDS DB instances are placed in a VPC through a DB subnet group',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    securityHub: ['RDS.18'],
    controlTower: ['CT.RDS.PR.11'],
    nist80053: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(9)', 'SC-7(11)', 'SC-7(20)', 'SC-7(21)'],
  },
  docs: {
    description: 'A subnet group puts the database in subnets of a VPC the customer designed; without it RDS uses the default VPC, whose subnets are public.',
    addressedBy: '`DBSubnetGroupName` on the instance (Aurora members inherit the cluster\'s).',
    default: 'Absent: the default VPC: unaddressed. Aurora cluster members are left to their cluster.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, ... })',
      cloudformation: 'Create an AWS::RDS::DBSubnetGroup over private subnets and set `DBSubnetGroupName`.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    return judge(instance.get('DBSubnetGroupName'), (value) =>
      value === undefined ? fail('DBSubnetGroupName is not set, so the instance goes into the default VPC') : pass(`the instance uses subnet group ${describeValue(value)}`),
    );
  },
});
