import { asNumber, judge, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/checks';

const INTERVALS = new Set([1, 5, 10, 15, 30, 60]);

export default defineRule({
  id: 'SRM-LOG-030',
  title: 'RDS DB instance has enhanced monitoring',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_ENHANCED_MONITORING_ENABLED',
    securityHub: ['RDS.6'],
    controlTower: ['CT.RDS.PR.2'],
    nist80053: ['CA-7', 'SI-4', 'AU-12'],
    cdkNag: ['NIST.800.53.R5-RDSEnhancedMonitoringEnabled'],
  },
  docs: {
    description: 'Enhanced monitoring shows the operating-system view of the database host (processes, memory, I/O), which the customer needs to diagnose incidents.',
    addressedBy: '`MonitoringInterval` of 1, 5, 10, 15, 30 or 60 seconds with `MonitoringRoleArn`.',
    default: '`MonitoringInterval` defaults to 0 (off): unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { ..., monitoringInterval: Duration.seconds(60) })',
      cloudformation: 'Set `MonitoringInterval: 60` and `MonitoringRoleArn` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    const interval = judge(instance.get('MonitoringInterval'), (value) => {
      if (value === undefined) return fail('enhanced monitoring is off (MonitoringInterval is not set)');
      const seconds = asNumber(value);
      if (seconds === undefined) return review('MonitoringInterval is not a number');
      if (seconds === 0) return fail('enhanced monitoring is off (MonitoringInterval is 0)');
      return INTERVALS.has(seconds) ? pass(`enhanced monitoring every ${seconds} seconds`) : review(`MonitoringInterval ${seconds} is not a value RDS accepts`);
    });
    if (interval.status === 'addressed' && instance.get('MonitoringRoleArn').value === undefined) {
      return unaddressed('MonitoringInterval is set without MonitoringRoleArn; RDS cannot publish the metrics without that role', { propertyPath: 'MonitoringRoleArn' });
    }
    return interval;
  },
});
