import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `DeletionProtection` absent means off (only the console turns it on by default). */
export default defineRule({
  id: 'SRM-BKP-011',
  title: 'DocumentDB cluster has deletion protection',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  controls: {
    configRule: 'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED',
    securityHub: ['DocumentDB.5'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
  },
  docs: {
    description: 'Deleting a database cluster by mistake is a customer-side failure AWS cannot undo.',
    addressedBy: '`DeletionProtection: true`.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new docdb.DatabaseCluster(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Set `DeletionProtection: true` on the AWS::DocDB::DBCluster.',
    },
  },
  check(cluster) {
    return switchedOn(cluster.get('DeletionProtection'), 'deletion protection');
  },
});
