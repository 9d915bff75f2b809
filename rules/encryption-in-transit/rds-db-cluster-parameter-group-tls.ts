import { defineRule } from '../../lib/engine/rule';
import { parameterGroupFinding } from './rds-parameter-group-support';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-028',
  title: 'RDS DB cluster parameter group requires TLS connections',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBClusterParameterGroup'],
  controls: {
    controlTower: ['CT.RDS.PR.27'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'Aurora and Multi-AZ DB clusters accept unencrypted clients unless the cluster parameter group forbids them.',
    addressedBy: '`require_secure_transport: 1` (Aurora MySQL, MySQL) or `rds.force_ssl: 1` (Aurora PostgreSQL, PostgreSQL) in `Parameters`.',
    default: 'Absent means the engine default: PostgreSQL 15+ Multi-AZ clusters set `rds.force_ssl = 1` (addressed); Aurora and MySQL default to off (unaddressed).',
    fix: {
      cdk: 'new rds.ParameterGroup(this, id, { engine: rds.DatabaseClusterEngine.auroraPostgres({ version }), parameters: { "rds.force_ssl": "1" } })',
      cloudformation: 'Add `rds.force_ssl: 1` or `require_secure_transport: 1` to `Parameters`.',
    },
  },
  check(group) {
    return parameterGroupFinding(group, [
      ['aurora-mysql', 'require_secure_transport'],
      ['aurora-postgresql', 'rds.force_ssl'],
      ['mysql', 'require_secure_transport'],
      ['postgres', 'rds.force_ssl'],
    ]);
  },
});
