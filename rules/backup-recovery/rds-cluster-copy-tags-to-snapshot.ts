import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `CopyTagsToSnapshot` absent means snapshots are untagged. */
export default defineRule({
  id: 'SRM-BKP-021',
  title: 'RDS DB cluster copies its tags to snapshots',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    securityHub: ['RDS.16'],
    controlTower: ['CT.RDS.PR.9'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'Untagged snapshots drop out of tag-based backup policies, cost reports and access rules; the customer decides whether tags follow the data.',
    addressedBy: '`CopyTagsToSnapshot: true`.',
    default: 'Absent means false: unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { copyTagsToSnapshot: true, ... }) (the CDK default)',
      cloudformation: 'Set `CopyTagsToSnapshot: true` on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    return switchedOn(cluster.get('CopyTagsToSnapshot'), 'copying tags to snapshots');
  },
});
