import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-018',
  title: 'RDS DB clusters use IAM database authentication',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED',
    securityHub: ['RDS.12'],
    controlTower: ['CT.RDS.PR.4'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
    cdkNag: ['AwsSolutions-RDS6'],
  },
  docs: {
    description: 'IAM database authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.',
    addressedBy: '`EnableIAMDatabaseAuthentication: true` on the AWS::RDS::DBCluster.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { iamAuthentication: true, ... })',
      cloudformation: 'Set `EnableIAMDatabaseAuthentication: true` on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    return requireBoolean(cluster.get('EnableIAMDatabaseAuthentication'), { whenAbsent: false, on: 'IAM database authentication is on', off: 'IAM database authentication is off' });
  },
});
