import { defineRule } from '../../lib/engine/rule';
import { exportsAllLogs } from './lib/log-exports';
import { clusterLogTypes } from './lib/rds-log-types';

export default defineRule({
  id: 'SRM-LOG-032',
  title: 'RDS DB cluster exports its logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    controlTower: ['CT.RDS.PR.25'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'AWS runs the database engine; keeping its error, audit and query logs beyond the cluster is the customer\'s choice.',
    addressedBy: '`EnableCloudwatchLogsExports` listing every log type of the engine (Aurora MySQL: audit, error, general, slowquery; Aurora PostgreSQL: postgresql; Multi-AZ MySQL: error, general, slowquery; Multi-AZ PostgreSQL: postgresql).',
    default: 'Absent means no logs are exported: unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { ..., cloudwatchLogsExports: ["audit", "error", "general", "slowquery"] })',
      cloudformation: 'Set `EnableCloudwatchLogsExports` to every log type of the engine on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    return exportsAllLogs(cluster, clusterLogTypes);
  },
});
