/**
 * The log types each RDS engine can export to CloudWatch Logs (from the RDS API reference of
 * `EnableCloudwatchLogsExports`), without the optional `iam-db-auth-error` and Aurora `instance`
 * logs and Oracle's `oemagent` (only there when OEM is installed).
 */
const INSTANCE_LOGS: readonly [RegExp, readonly string[]][] = [
  [/^(mysql|mariadb)$/, ['audit', 'error', 'general', 'slowquery']],
  [/^postgres$/, ['postgresql', 'upgrade']],
  [/^oracle-/, ['alert', 'audit', 'listener', 'trace']],
  [/^sqlserver-/, ['agent', 'error']],
  [/^db2-/, ['diag.log', 'notify.log']],
];

const CLUSTER_LOGS: readonly [RegExp, readonly string[]][] = [
  [/^(aurora|aurora-mysql)$/, ['audit', 'error', 'general', 'slowquery']],
  [/^aurora-postgresql$/, ['postgresql']],
  [/^mysql$/, ['error', 'general', 'slowquery']],
  [/^postgres$/, ['postgresql']],
];

function lookup(table: readonly [RegExp, readonly string[]][], engine: string): readonly string[] | undefined {
  return table.find(([pattern]) => pattern.test(engine.toLowerCase()))?.[1];
}

export const instanceLogTypes = (engine: string): readonly string[] | undefined => lookup(INSTANCE_LOGS, engine);
export const clusterLogTypes = (engine: string): readonly string[] | undefined => lookup(CLUSTER_LOGS, engine);
