import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `DeletionProtection` absent means off. */
export default defineRule({
  id: 'SRM-BKP-007',
  title: 'RDS DB instance has deletion protection',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_INSTANCE_DELETION_PROTECTION_ENABLED',
    securityHub: ['RDS.8'],
    controlTower: ['CT.RDS.PR.13'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
    cdkNag: ['AwsSolutions-RDS10', 'NIST.800.53.R5-RDSInstanceDeletionProtectionEnabled'],
  },
  docs: {
    description: 'Deleting a database by mistake, by hand or through a stack change, is a customer-side failure AWS cannot undo.',
    addressedBy: '`DeletionProtection: true`.',
    default: 'Absent means off: unaddressed. Aurora member instances are judged on their cluster.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Set `DeletionProtection: true` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    return switchedOn(instance.get('DeletionProtection'), 'deletion protection');
  },
});
