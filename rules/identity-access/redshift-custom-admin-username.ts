import { defineRule } from '../../lib/engine/rule';
import { adminUsernameFinding } from './lib/admin-username';

export default defineRule({
  id: 'SRM-IAM-040',
  title: 'Redshift clusters use a custom administrator user name',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_DEFAULT_ADMIN_CHECK',
    securityHub: ['Redshift.8'],
    controlTower: ['CT.REDSHIFT.PR.6'],
    nist80053: ['CA-9(1)', 'CM-2'],
    cdkNag: ['AwsSolutions-RS3'],
  },
  docs: {
    description: 'Password-guessing against a warehouse starts with the console\'s default administrator name `awsuser`; a custom name means an attacker has to find it first.',
    addressedBy: '`MasterUsername` other than `awsuser`.',
    default: 'A cluster restored from a snapshot without `MasterUsername` keeps the snapshot\'s name and is not checked.',
    fix: {
      cdk: "new redshift.CfnCluster(this, id, { masterUsername: 'dwowner', manageMasterPassword: true, ... })",
      cloudformation: 'Set `MasterUsername` to a name other than `awsuser` (the name can only be chosen at creation).',
    },
  },
  check(cluster) {
    return adminUsernameFinding(cluster, ['awsuser']);
  },
});
