import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-011',
  title: 'RDS DB instance applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED',
    securityHub: ['RDS.13'],
    controlTower: ['CT.RDS.PR.5'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    cdkNag: ['HIPAA.Security-RDSAutomaticMinorVersionUpgradeEnabled', 'PCI.DSS.321-RDSAutomaticMinorVersionUpgradeEnabled'],
  },
  docs: {
    description: 'AWS publishes minor engine versions with security fixes; whether an instance takes them in its maintenance window is the customer\'s setting.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, RDS applies minor engine upgrades automatically (the API default is true): addressed.',
    fix: {
      cdk: "new rds.DatabaseInstance(this, 'Db', { ..., autoMinorVersionUpgrade: true })",
      cloudformation: 'Remove `AutoMinorVersionUpgrade: false` or set it to true.',
    },
  },
  check(instance) {
    return requireTrue(instance.get('AutoMinorVersionUpgrade'), {
      whenAbsent: true,
      on: 'minor engine upgrades are applied automatically',
      off: 'AutoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied',
    });
  },
});
