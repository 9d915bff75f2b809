import { defineRule } from '../../lib/engine/rule';
import { asNumber } from '../../lib/engine/findings';
import { fail, pass, review } from './lib/decide';
import { describeValue, Unresolved } from '../../lib/model/values';
import { judge, needsReview } from '../../lib/engine/findings';

const DEFAULT_PORTS: ReadonlyArray<[RegExp, number]> = [
  [/^(mysql|mariadb|aurora|aurora-mysql)$/, 3306],
  [/postgres/, 5432],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 50000],
];

export default defineRule({
  id: 'SRM-NET-030',
  title: 'RDS DB instances do not listen on the engine\'s default port',
  duty: 'network-exposure',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    securityHub: ['RDS.23'],
    controlTower: ['CT.RDS.PR.20'],
    nist80053: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(5)', 'SC-7(11)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-RDS11'],
  },
  docs: {
    description: 'Scanners look for databases on their well-known ports; a different port removes the instance from the cheapest sweeps (a defence in depth, not a substitute for security groups).',
    addressedBy: '`Port` set to something other than the engine default (3306 MySQL/MariaDB, 5432 PostgreSQL, 1521 Oracle, 1433 SQL Server, 50000 Db2).',
    default: 'Absent: the engine default port: unaddressed. Aurora members take the cluster\'s port and are not checked here.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { port: 5433, ... })',
      cloudformation: 'Set `Port` to a non-default value.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    const engine = instance.get('Engine').value;
    if (engine instanceof Unresolved || typeof engine !== 'string') return needsReview(`the engine cannot be resolved: ${describeValue(engine)}`, { propertyPath: 'Engine' });
    const known = DEFAULT_PORTS.find(([pattern]) => pattern.test(engine.toLowerCase()));
    if (!known) return needsReview(`the default port of engine ${engine} is not known to the rule`, { propertyPath: 'Engine' });
    const defaultPort = known[1];
    return judge(instance.get('Port'), (value) => {
      if (value === undefined) return fail(`Port is not set, so ${engine} listens on its default port ${defaultPort}`);
      const port = asNumber(value);
      if (port === undefined) return review(`Port is ${describeValue(value)}, not a number`);
      return port === defaultPort ? fail(`Port ${port} is the ${engine} default`) : pass(`Port ${port} is not the ${engine} default`);
    });
  },
});
