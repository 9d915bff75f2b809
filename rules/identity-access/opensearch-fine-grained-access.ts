import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-036',
  title: 'OpenSearch Service domains use fine-grained access control',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_ACCESS_CONTROL_ENABLED',
    securityHub: ['Opensearch.7'],
    controlTower: ['CT.OPENSEARCH.PR.15'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'],
  },
  docs: {
    description: 'Without fine-grained access control the domain\'s access policy is all-or-nothing: whoever may call the domain reads every index. Fine-grained access control adds users, roles and index-, document- and field-level permissions.',
    addressedBy: '`AdvancedSecurityOptions.Enabled: true` (with `MasterUserOptions` naming a master user or IAM ARN).',
    default: 'Absent means fine-grained access control is off: unaddressed. It can only be turned on with encryption at rest, node-to-node encryption and HTTPS enforced.',
    fix: {
      cdk: "new opensearch.Domain(this, id, { version, fineGrainedAccessControl: { masterUserArn: role.roleArn }, enforceHttps: true, nodeToNodeEncryption: true, encryptionAtRest: { enabled: true } })",
      cloudformation: 'Set `AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN: ... } }` on the AWS::OpenSearchService::Domain.',
    },
  },
  check(domain) {
    return requireBoolean(domain.get('AdvancedSecurityOptions.Enabled'), {
      whenAbsent: false,
      on: 'fine-grained access control is on',
      off: 'fine-grained access control is off: anyone the access policy admits reads every index',
    });
  },
});
