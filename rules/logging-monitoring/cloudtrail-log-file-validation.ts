import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-002',
  title: 'CloudTrail trail validates its log files',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  controls: {
    configRule: 'CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED',
    securityHub: ['CloudTrail.4'],
    nist80053: ['AU-9', 'SI-7', 'SI-7(1)', 'AU-6(3)'],
    cdkNag: ['NIST.800.53.R5-CloudTrailLogFileValidationEnabled'],
  },
  docs: {
    description: 'Digest files let the customer prove that delivered trail logs were not changed or deleted; only the customer can turn them on.',
    addressedBy: '`EnableLogFileValidation: true`.',
    default: 'Absent means log file validation is off: unaddressed.',
    fix: {
      cdk: 'new cloudtrail.Trail(this, id, { enableFileValidation: true }) // the L2 default',
      cloudformation: 'Set `EnableLogFileValidation: true` on the AWS::CloudTrail::Trail.',
    },
  },
  check(trail) {
    return booleanSwitch(trail.get('EnableLogFileValidation'), {
      on: 'log file integrity validation is on',
      off: 'EnableLogFileValidation is false, so tampering with delivered logs cannot be detected',
      absent: fail('EnableLogFileValidation is not set, so tampering with delivered logs cannot be detected'),
    });
  },
});
