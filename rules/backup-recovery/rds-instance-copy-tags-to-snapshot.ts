import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `CopyTagsToSnapshot` absent means snapshots are untagged. */
export default defineRule({
  id: 'SRM-BKP-020',
  title: 'RDS DB instance copies its tags to snapshots',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    securityHub: ['RDS.17'],
    controlTower: ['CT.RDS.PR.10'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'Untagged snapshots drop out of tag-based backup policies, cost reports and access rules; the customer decides whether tags follow the data.',
    addressedBy: '`CopyTagsToSnapshot: true`.',
    default: 'Absent means false: unaddressed. Aurora member instances are not evaluated (the cluster setting applies).',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { copyTagsToSnapshot: true, ... }) (the CDK default)',
      cloudformation: 'Set `CopyTagsToSnapshot: true` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    return switchedOn(instance.get('CopyTagsToSnapshot'), 'copying tags to snapshots');
  },
});
