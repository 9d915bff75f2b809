import { defineRule } from '../../lib/engine/rule';
import { adminUsernameFinding } from './lib/admin-username';

export default defineRule({
  id: 'SRM-IAM-038',
  title: 'RDS DB clusters use a custom administrator user name',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'RDS_CLUSTER_DEFAULT_ADMIN_CHECK',
    securityHub: ['RDS.24'],
    controlTower: ['CT.RDS.PR.21'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Password-guessing against a database starts with the engine\'s default administrator names; a custom name means an attacker has to find it first.',
    addressedBy: '`MasterUsername` other than `admin` or `postgres` (read through a CDK-generated secret\'s `SecretStringTemplate` when the name comes from there).',
    default: 'Clusters without `MasterUsername` (restored from a snapshot, or a secondary of a global cluster) keep the source\'s name and are not checked. CDK\'s default credentials use `admin` (MySQL) or `postgres` (PostgreSQL): unaddressed.',
    fix: {
      cdk: "new rds.DatabaseCluster(this, id, { engine, credentials: rds.Credentials.fromGeneratedSecret('dbowner'), ... })",
      cloudformation: 'Set `MasterUsername` to a name other than `admin` or `postgres` (the name can only be chosen at creation).',
    },
  },
  check(cluster) {
    return adminUsernameFinding(cluster, ['admin', 'postgres']);
  },
});
