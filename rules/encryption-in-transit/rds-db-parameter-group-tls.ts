import { defineRule } from '../../lib/engine/rule';
import { parameterGroupFinding } from './rds-parameter-group-support';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-027',
  title: 'RDS DB parameter group requires TLS connections',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBParameterGroup'],
  controls: {
    controlTower: ['CT.RDS.PR.28'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'RDS offers TLS on every engine, but the database accepts unencrypted clients unless its parameter group forbids them.',
    addressedBy: '`require_secure_transport: 1` (MySQL, MariaDB) or `rds.force_ssl: 1` (PostgreSQL, SQL Server) in `Parameters`.',
    default: 'Absent means the engine default: RDS for PostgreSQL 15+ sets `rds.force_ssl = 1` (addressed); the other engines default to off (unaddressed). Oracle (option groups) and Aurora instance groups are out of scope.',
    fix: {
      cdk: 'new rds.ParameterGroup(this, id, { engine, parameters: { "rds.force_ssl": "1" } })  // or require_secure_transport: "ON"',
      cloudformation: 'Add `rds.force_ssl: 1` or `require_secure_transport: 1` to `Parameters`.',
    },
  },
  check(group) {
    return parameterGroupFinding(group, [
      ['mysql', 'require_secure_transport'],
      ['mariadb', 'require_secure_transport'],
      ['postgres', 'rds.force_ssl'],
      ['sqlserver', 'rds.force_ssl'],
    ]);
  },
});
