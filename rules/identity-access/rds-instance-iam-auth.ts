import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

/** Engines that support IAM database authentication on a DB instance. */
const IAM_AUTH_ENGINES = /^(mysql|mariadb|postgres)$/i;

export default defineRule({
  id: 'SRM-IAM-017',
  title: 'RDS DB instances use IAM database authentication',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED',
    securityHub: ['RDS.10'],
    controlTower: ['CT.RDS.PR.7'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  docs: {
    description: 'AWS runs the database engine; who can log in to it is the customer\'s. IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.',
    addressedBy: '`EnableIAMDatabaseAuthentication: true` on MySQL, MariaDB and PostgreSQL instances.',
    default: 'Absent means off. Engines without IAM authentication (Oracle, SQL Server, Db2) and Aurora member instances (the cluster decides) are not checked.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { iamAuthentication: true, ... })',
      cloudformation: 'Set `EnableIAMDatabaseAuthentication: true` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    const engine = instance.get('Engine').value;
    if (typeof engine === 'string' && !IAM_AUTH_ENGINES.test(engine)) return undefined;
    return requireBoolean(instance.get('EnableIAMDatabaseAuthentication'), { whenAbsent: false, on: 'IAM database authentication is on', off: 'IAM database authentication is off' });
  },
});
