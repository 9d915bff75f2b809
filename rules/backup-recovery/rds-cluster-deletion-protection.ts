import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `DeletionProtection` absent means off. */
export default defineRule({
  id: 'SRM-BKP-008',
  title: 'RDS DB cluster has deletion protection',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED',
    securityHub: ['RDS.7'],
    controlTower: ['CT.RDS.PR.3'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
    cdkNag: ['AwsSolutions-RDS10', 'NIST.800.53.R5-RDSInstanceDeletionProtectionEnabled'],
  },
  docs: {
    description: 'Deleting a database cluster by mistake, by hand or through a stack change, is a customer-side failure AWS cannot undo.',
    addressedBy: '`DeletionProtection: true`.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Set `DeletionProtection: true` on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    return switchedOn(cluster.get('DeletionProtection'), 'deletion protection');
  },
});
