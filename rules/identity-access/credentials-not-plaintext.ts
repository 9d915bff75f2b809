import { addressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { asBoolean } from '../../lib/engine/findings';
import { rawAt, secretFinding } from './lib/support';

/** Password, token and key properties, by type; `managed` is the property that lets AWS manage the secret instead. */
const SECRET_PROPERTIES: Record<string, { paths: readonly string[]; managed?: string }> = {
  'AWS::RDS::DBInstance': { paths: ['MasterUserPassword'], managed: 'ManageMasterUserPassword' },
  'AWS::RDS::DBCluster': { paths: ['MasterUserPassword'], managed: 'ManageMasterUserPassword' },
  'AWS::DocDB::DBCluster': { paths: ['MasterUserPassword'], managed: 'ManageMasterUserPassword' },
  'AWS::Redshift::Cluster': { paths: ['MasterUserPassword'], managed: 'ManageMasterPassword' },
  'AWS::RedshiftServerless::Namespace': { paths: ['AdminUserPassword'], managed: 'ManageAdminPassword' },
  'AWS::DMS::Endpoint': { paths: ['Password'] },
  'AWS::OpenSearchService::Domain': { paths: ['AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword'] },
  'AWS::Elasticsearch::Domain': { paths: ['AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword'] },
  'AWS::ElastiCache::ReplicationGroup': { paths: ['AuthToken'] },
  'AWS::DirectoryService::MicrosoftAD': { paths: ['Password'] },
  'AWS::DirectoryService::SimpleAD': { paths: ['Password'] },
  'AWS::IAM::User': { paths: ['LoginProfile.Password'] },
  'AWS::AmazonMQ::Broker': { paths: ['Users.*.Password'] },
};

export default defineRule({
  id: 'SRM-IAM-026',
  title: 'Passwords and tokens are not written in the template',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: Object.keys(SECRET_PROPERTIES),
  controls: {
    nist80053: ['IA-5(7)', 'IA-5(1)', 'SC-28'],
    cdkNag: ['AwsSolutions-DOC3'],
  },
  docs: {
    description: 'A password in a template (or a parameter default) ends up in source control, the CloudFormation console and every copy of the template; keeping credentials out of it is the customer\'s part.',
    addressedBy: 'A `{{resolve:secretsmanager:...}}` or `{{resolve:ssm-secure:...}}` dynamic reference, a `NoEcho` parameter without a default, or AWS-managed master passwords (`ManageMasterUserPassword: true`).',
    default: 'An absent password property is not checked. A literal, a parameter default, a non-NoEcho parameter or a plain SSM parameter is unaddressed; a value the tool cannot trace is reviewed.',
    fix: {
      cdk: "new rds.DatabaseInstance(this, id, { credentials: rds.Credentials.fromGeneratedSecret('dbadmin'), ... })",
      cloudformation: 'Use `MasterUserPassword: "{{resolve:secretsmanager:my-secret:SecretString:password}}"` or `ManageMasterUserPassword: true` instead of a literal.',
    },
  },
  check(resource) {
    const spec = SECRET_PROPERTIES[resource.type];
    const findings: Finding[] = [];
    for (const path of spec.paths) {
      if (path.includes('*')) {
        const [list, rest] = path.split('.*.');
        const items = rawAt(resource, list);
        if (Array.isArray(items)) items.forEach((_item, index) => {
          const found = secretFinding(resource, `${list}.${index}.${rest}`, `${list}.${index}.${rest}`, String(index));
          if (found) findings.push(found);
        });
        continue;
      }
      const found = secretFinding(resource, path, path);
      if (found) findings.push(found);
    }
    if (findings.length === 0 && spec.managed && asBoolean(resource.get(spec.managed).value) === true) {
      return addressed(`${spec.managed} is true: AWS generates the password and keeps it in Secrets Manager`, { propertyPath: spec.managed });
    }
    return findings.length > 0 ? findings : undefined;
  },
});
