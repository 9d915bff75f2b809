import { judge, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-NET-029',
  title: 'RDS uses VPC security groups, not DB security groups',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBSecurityGroup'],
  controls: {
    configRule: 'RDS_DB_SECURITY_GROUP_NOT_ALLOWED',
    controlTower: ['CT.RDS.PR.15'],
    nist80053: ['AC-4', 'AC-4(21)', 'CM-8(1)', 'SC-7', 'SC-7(4)', 'SC-7(5)', 'SC-7(11)', 'SC-7(21)'],
  },
  docs: {
    description: 'DB security groups are the EC2-Classic mechanism; VPC security groups are where network access to a database is governed and reviewed.',
    addressedBy: 'No `DBSecurityGroups` on instances and no AWS::RDS::DBSecurityGroup resources; `VPCSecurityGroups` instead.',
    default: 'Absent `DBSecurityGroups`: addressed.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { vpc, securityGroups: [sg], ... })',
      cloudformation: 'Remove `DBSecurityGroups` and AWS::RDS::DBSecurityGroup resources; set `VPCSecurityGroups`.',
    },
  },
  check(resource) {
    if (resource.type === 'AWS::RDS::DBSecurityGroup') {
      return unaddressed('the template creates a DB security group; use VPC security groups instead');
    }
    return judge(resource.get('DBSecurityGroups'), (value) => {
      if (value === undefined) return pass('the instance uses no DB security groups');
      if (!Array.isArray(value)) return review(`DBSecurityGroups is ${describeValue(value)}, not a list`);
      return value.length === 0 ? pass('DBSecurityGroups is empty') : fail(`the instance uses ${value.length} DB security group(s)`);
    });
  },
});
