import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import efsTls from '../../../rules/encryption-in-transit/efs-file-system-policy-tls';
import clusterGroupTls from '../../../rules/encryption-in-transit/rds-db-cluster-parameter-group-tls';
import dbGroupTls from '../../../rules/encryption-in-transit/rds-db-parameter-group-tls';
import proxyTls from '../../../rules/encryption-in-transit/rds-proxy-require-tls';
import redshiftSsl from '../../../rules/encryption-in-transit/redshift-parameter-group-require-ssl';
import { testRule } from '../../support/rule-tester';

const one = (type: string, properties: object) => ({ R: { Type: type, Properties: properties } });
const noDefault = { P: { Type: 'String' } };

const proxy = (extra: object) => one('AWS::RDS::DBProxy', { DBProxyName: 'p', EngineFamily: 'POSTGRESQL', RoleArn: 'arn:aws:iam::123456789012:role/p', Auth: [], VpcSubnetIds: ['a'], ...extra });
testRule(proxyTls, [
  { name: 'RequireTLS true', resources: proxy({ RequireTLS: true }), expect: 'addressed' },
  { name: 'absent', resources: proxy({}), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: noDefault, resources: proxy({ RequireTLS: { Ref: 'P' } }), expect: 'needs-review' },
  {
    name: 'DatabaseProxy (requireTLS defaults to true)',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const instance = new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, storageEncrypted: true });
      new rds.DatabaseProxy(stack, 'Proxy', { proxyTarget: rds.ProxyTarget.fromInstance(instance), secrets: [instance.secret as secretsmanager.ISecret], vpc });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseProxy with requireTLS false',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const instance = new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, storageEncrypted: true });
      new rds.DatabaseProxy(stack, 'Proxy', { proxyTarget: rds.ProxyTarget.fromInstance(instance), secrets: [instance.secret as secretsmanager.ISecret], vpc, requireTLS: false });
    },
    expect: 'unaddressed',
  },
]);

const dbGroup = (family: unknown, parameters?: object) => one('AWS::RDS::DBParameterGroup', { Description: 'd', Family: family, ...(parameters ? { Parameters: parameters } : {}) });
testRule(dbGroupTls, [
  { name: 'MySQL with require_secure_transport', resources: dbGroup('mysql8.0', { require_secure_transport: '1' }), expect: 'addressed' },
  { name: 'PostgreSQL 14 with rds.force_ssl', resources: dbGroup('postgres14', { 'rds.force_ssl': 1 }), expect: 'addressed' },
  { name: 'PostgreSQL 16 without rds.force_ssl (on by default)', resources: dbGroup('postgres16', { work_mem: '4096' }), expect: [{ status: 'addressed', message: /by default/ }] },
  { name: 'PostgreSQL 13 without rds.force_ssl', resources: dbGroup('postgres13', {}), expect: 'unaddressed' },
  { name: 'MariaDB with require_secure_transport OFF', resources: dbGroup('mariadb10.11', { require_secure_transport: 'OFF' }), expect: 'unaddressed' },
  { name: 'SQL Server without rds.force_ssl', resources: dbGroup('sqlserver-se-15.0'), expect: 'unaddressed' },
  { name: 'value from a parameter without default', parameters: noDefault, resources: dbGroup('mysql8.0', { require_secure_transport: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'family from a parameter without default', parameters: noDefault, resources: dbGroup({ Ref: 'P' }), expect: 'needs-review' },
  { name: 'Oracle: out of scope', resources: dbGroup('oracle-ee-19'), expect: [] },
  { name: 'ParameterGroup for MySQL with TLS', cdk: (stack) => void new rds.ParameterGroup(stack, 'G', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }), parameters: { require_secure_transport: 'ON' } }).bindToInstance({}), expect: 'addressed' },
  { name: 'ParameterGroup for MySQL without TLS', cdk: (stack) => void new rds.ParameterGroup(stack, 'G', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }), parameters: { max_connections: '100' } }).bindToInstance({}), expect: 'unaddressed' },
]);

const clusterGroup = (family: string, parameters: object) => one('AWS::RDS::DBClusterParameterGroup', { Description: 'd', Family: family, Parameters: parameters });
testRule(clusterGroupTls, [
  { name: 'Aurora PostgreSQL with rds.force_ssl', resources: clusterGroup('aurora-postgresql15', { 'rds.force_ssl': '1' }), expect: 'addressed' },
  { name: 'Aurora MySQL without require_secure_transport', resources: clusterGroup('aurora-mysql8.0', { time_zone: 'UTC' }), expect: 'unaddressed' },
  { name: 'parameters from an import', resources: clusterGroup('aurora-mysql8.0', { 'Fn::ImportValue': 'Params' }), expect: 'needs-review' },
  { name: 'ParameterGroup for Aurora PostgreSQL with TLS', cdk: (stack) => void new rds.ParameterGroup(stack, 'G', { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }), parameters: { 'rds.force_ssl': '1' } }).bindToCluster({}), expect: 'addressed' },
  { name: 'ParameterGroup for Aurora MySQL without TLS', cdk: (stack) => void new rds.ParameterGroup(stack, 'G', { engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_05_2 }), parameters: { time_zone: 'UTC' } }).bindToCluster({}), expect: 'unaddressed' },
]);

const rsGroup = (parameters?: unknown) => one('AWS::Redshift::ClusterParameterGroup', { Description: 'd', ParameterGroupFamily: 'redshift-1.0', ...(parameters !== undefined ? { Parameters: parameters } : {}) });
testRule(redshiftSsl, [
  { name: 'require_ssl true', resources: rsGroup([{ ParameterName: 'require_ssl', ParameterValue: 'true' }]), expect: 'addressed' },
  { name: 'require_ssl false', resources: rsGroup([{ ParameterName: 'require_ssl', ParameterValue: 'false' }]), expect: 'unaddressed' },
  { name: 'no parameters', resources: rsGroup(), expect: [{ status: 'unaddressed', message: /not set/ }] },
  { name: 'value from a parameter without default', parameters: noDefault, resources: rsGroup([{ ParameterName: 'require_ssl', ParameterValue: { Ref: 'P' } }]), expect: 'needs-review' },
  { name: 'CfnClusterParameterGroup with require_ssl', cdk: (stack) => void new redshift.CfnClusterParameterGroup(stack, 'G', { description: 'd', parameterGroupFamily: 'redshift-1.0', parameters: [{ parameterName: 'require_ssl', parameterValue: 'true' }] }), expect: 'addressed' },
  { name: 'CfnClusterParameterGroup without', cdk: (stack) => void new redshift.CfnClusterParameterGroup(stack, 'G', { description: 'd', parameterGroupFamily: 'redshift-1.0' }), expect: 'unaddressed' },
]);

const denyTls = { Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
testRule(efsTls, [
  { name: 'policy denies without TLS', resources: one('AWS::EFS::FileSystem', { FileSystemPolicy: { Statement: [denyTls] } }), expect: 'addressed' },
  { name: 'no policy', resources: one('AWS::EFS::FileSystem', {}), expect: 'unaddressed' },
  { name: 'policy without the deny', resources: one('AWS::EFS::FileSystem', { FileSystemPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount' }] } }), expect: 'unaddressed' },
  { name: 'policy from a parameter without default', parameters: noDefault, resources: one('AWS::EFS::FileSystem', { FileSystemPolicy: { Ref: 'P' } }), expect: 'needs-review' },
  {
    name: 'FileSystem with a TLS deny statement',
    cdk: (stack) => {
      const fs = new efs.FileSystem(stack, 'Fs', { vpc: new ec2.Vpc(stack, 'Vpc') });
      fs.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['*'], conditions: { Bool: { 'aws:SecureTransport': 'false' } } }));
    },
    expect: 'addressed',
  },
  { name: 'FileSystem without', cdk: (stack) => void new efs.FileSystem(stack, 'Fs', { vpc: new ec2.Vpc(stack, 'Vpc') }), expect: 'unaddressed' },
]);
