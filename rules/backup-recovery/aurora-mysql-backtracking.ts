import { asNumber, judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';

const AURORA_MYSQL = ['aurora', 'aurora-mysql'];

/** CloudFormation default: `BacktrackWindow` absent (0) means backtracking is off; only Aurora MySQL supports it. */
export default defineRule({
  id: 'SRM-BKP-017',
  title: 'Aurora MySQL cluster has backtracking',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'AURORA_MYSQL_BACKTRACKING_ENABLED',
    securityHub: ['RDS.14'],
    controlTower: ['CT.RDS.PR.6'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SI-13(5)'],
    cdkNag: ['AwsSolutions-RDS14'],
  },
  docs: {
    description: 'Backtracking rewinds an Aurora MySQL cluster in minutes without a restore; it can only be chosen when the cluster is created.',
    addressedBy: '`BacktrackWindow` greater than 0 (seconds, up to 259200) on an `aurora-mysql` cluster.',
    default: 'Absent means 0: backtracking off, unaddressed. Other engines are not evaluated.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { engine: rds.DatabaseClusterEngine.auroraMysql({ ... }), backtrackWindow: Duration.hours(24), ... })',
      cloudformation: 'Set `BacktrackWindow: 86400` (seconds) on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    const engine = cluster.get('Engine').value;
    if (typeof engine !== 'string') return needsReview('the engine is not known, so whether backtracking applies is not known', { propertyPath: 'Engine' });
    if (!AURORA_MYSQL.includes(engine.toLowerCase())) return undefined;
    return judge(cluster.get('BacktrackWindow'), (value) => {
      const seconds = value === undefined ? 0 : asNumber(value);
      if (seconds === undefined) return { ok: 'unknown', message: `BacktrackWindow is ${describeValue(value)}, not a number of seconds` };
      return seconds > 0 ? { ok: true, message: `the cluster can be backtracked ${seconds} seconds` } : { ok: false, message: value === undefined ? 'BacktrackWindow is not set, so backtracking is off' : 'BacktrackWindow is 0: backtracking is off' };
    });
  },
});
