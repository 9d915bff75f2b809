import { defineRule } from '../../lib/engine/rule';
import { exportsAllLogs } from './lib/log-exports';
import { instanceLogTypes } from './lib/rds-log-types';

export default defineRule({
  id: 'SRM-LOG-031',
  title: 'RDS DB instance exports its logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_LOGGING_ENABLED',
    securityHub: ['RDS.9'],
    controlTower: ['CT.RDS.PR.14'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'AWS runs the database engine; keeping its error, audit and query logs beyond the instance is the customer\'s choice.',
    addressedBy: '`EnableCloudwatchLogsExports` listing every log type of the engine (MySQL/MariaDB: audit, error, general, slowquery; PostgreSQL: postgresql, upgrade; Oracle: alert, audit, listener, trace; SQL Server: agent, error; Db2: diag.log, notify.log).',
    default: 'Absent means no logs are exported: unaddressed. Aurora instances are left to the cluster rule (SRM-LOG-032).',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { ..., cloudwatchLogsExports: ["postgresql", "upgrade"] })',
      cloudformation: 'Set `EnableCloudwatchLogsExports` to every log type of the engine on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined; // the cluster exports Aurora logs
    const engine = instance.get('Engine').value;
    if (typeof engine === 'string' && engine.toLowerCase().startsWith('aurora')) return undefined;
    return exportsAllLogs(instance, instanceLogTypes);
  },
});
