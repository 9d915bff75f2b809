import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { fail, pass, review, stringsOf } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-025',
  title: 'Neptune cluster exports audit logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: {
    configRule: 'NEPTUNE_CLUSTER_CLOUDWATCH_LOG_EXPORT_ENABLED',
    securityHub: ['Neptune.2'],
    controlTower: ['CT.NEPTUNE.PR.4'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'Who queried the graph is recorded only when the customer exports the audit log (with the neptune_enable_audit_log parameter on).',
    addressedBy: '`EnableCloudwatchLogsExports` containing `audit`.',
    default: 'Absent means no logs are exported: unaddressed.',
    fix: {
      cdk: 'new neptune.CfnDBCluster(this, id, { ..., enableCloudwatchLogsExports: ["audit"] })',
      cloudformation: 'Set `EnableCloudwatchLogsExports: [audit]` on the AWS::Neptune::DBCluster.',
    },
  },
  check(cluster) {
    return judge(cluster.get('EnableCloudwatchLogsExports'), (value) => {
      const exports = stringsOf(value);
      if (exports instanceof Unresolved) return review(`EnableCloudwatchLogsExports cannot be read: ${exports.reason}`);
      return exports.includes('audit') ? pass('audit logs are exported to CloudWatch Logs') : fail('audit logs are not exported to CloudWatch Logs');
    });
  },
});
