import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-017',
  title: 'Neptune DB instance applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::Neptune::DBInstance'],
  controls: {
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    cdkNag: ['AwsSolutions-N2'],
  },
  docs: {
    description: 'Neptune publishes minor engine versions with security fixes; the instance takes them in its maintenance window only if automatic minor upgrades are on.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, Neptune applies minor engine upgrades automatically (the API default is true): addressed.',
    fix: {
      cdk: "new neptune.CfnDBInstance(this, 'Instance', { ..., autoMinorVersionUpgrade: true })",
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
