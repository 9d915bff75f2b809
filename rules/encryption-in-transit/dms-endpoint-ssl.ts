import { defineRule } from '../../lib/engine/rule';
import { NIST_BETWEEN_NODES, requireOneOf } from './support';

/** Engines whose connections DMS can encrypt with `SslMode`; the others (S3, DynamoDB, Kinesis, ...) use HTTPS APIs. */
const SSL_ENGINES = new Set(['mysql', 'mariadb', 'aurora', 'aurora-postgresql', 'aurora-serverless', 'postgres', 'oracle', 'sqlserver', 'sybase', 'mongodb', 'docdb', 'db2', 'db2-zos', 'babelfish', 'redshift']);

export default defineRule({
  id: 'SRM-EIT-017',
  title: 'DMS endpoint encrypts its database connection',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::DMS::Endpoint'],
  controls: {
    configRule: 'DMS_ENDPOINT_SSL_CONFIGURED',
    securityHub: ['DMS.9'],
    controlTower: ['CT.DMS.PR.2'],
    nist80053: NIST_BETWEEN_NODES,
  },
  docs: {
    description: 'Migration data flows between the replication instance and the source or target database in the clear unless the endpoint uses SSL.',
    addressedBy: '`SslMode: require`, `verify-ca` or `verify-full` on endpoints of database engines.',
    default: 'Absent `SslMode` means `none`: unaddressed. Endpoints of engines reached over HTTPS APIs (S3, DynamoDB, Kinesis, OpenSearch, ...) are out of scope.',
    fix: {
      cdk: 'new dms.CfnEndpoint(this, id, { endpointType: "source", engineName: "postgres", sslMode: "verify-full", certificateArn, ... })',
      cloudformation: 'Set `SslMode: verify-full` (or `require` / `verify-ca`).',
    },
  },
  check(endpoint) {
    const engine = endpoint.get('EngineName').value;
    if (typeof engine === 'string' && !SSL_ENGINES.has(engine.toLowerCase())) return undefined;
    return requireOneOf(endpoint.get('SslMode'), ['require', 'verify-ca', 'verify-full'], {
      ok: (v) => `connections use SSL (${v})`,
      bad: (v) => `SslMode is ${v}, so the connection is not encrypted`,
      absent: 'SslMode is not set, so it defaults to none',
    });
  },
});
