import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `DeletionProtection` absent means off. */
export default defineRule({
  id: 'SRM-BKP-013',
  title: 'Neptune cluster has deletion protection',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: {
    configRule: 'NEPTUNE_CLUSTER_DELETION_PROTECTION_ENABLED',
    securityHub: ['Neptune.4'],
    controlTower: ['CT.NEPTUNE.PR.2'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
  },
  docs: {
    description: 'Deleting a graph database cluster by mistake is a customer-side failure AWS cannot undo.',
    addressedBy: '`DeletionProtection: true`.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new neptune.CfnDBCluster(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Set `DeletionProtection: true` on the AWS::Neptune::DBCluster.',
    },
  },
  check(cluster) {
    return switchedOn(cluster.get('DeletionProtection'), 'deletion protection');
  },
});
