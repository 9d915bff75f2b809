import { defineRule } from '../../lib/engine/rule';
import { adminUsernameFinding } from './lib/admin-username';

export default defineRule({
  id: 'SRM-IAM-039',
  title: 'RDS DB instances use a custom administrator user name',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_INSTANCE_DEFAULT_ADMIN_CHECK',
    securityHub: ['RDS.25'],
    controlTower: ['CT.RDS.PR.22'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Password-guessing against a database starts with the engine\'s default administrator names; a custom name means an attacker has to find it first.',
    addressedBy: '`MasterUsername` other than `admin` or `postgres` (read through a CDK-generated secret\'s `SecretStringTemplate` when the name comes from there).',
    default: 'Instances of an Aurora cluster (`DBClusterIdentifier`), read replicas and instances restored from snapshots take the name from elsewhere and are not checked. CDK\'s default credentials use `admin` (MySQL, MariaDB, Oracle, SQL Server) or `postgres` (PostgreSQL): unaddressed.',
    fix: {
      cdk: "new rds.DatabaseInstance(this, id, { engine, credentials: rds.Credentials.fromGeneratedSecret('dbowner'), ... })",
      cloudformation: 'Set `MasterUsername` to a name other than `admin` or `postgres` (the name can only be chosen at creation).',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    return adminUsernameFinding(instance, ['admin', 'postgres']);
  },
});
