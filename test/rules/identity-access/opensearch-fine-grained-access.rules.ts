import * as iam from 'aws-cdk-lib/aws-iam';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import rule from '../../../rules/identity-access/opensearch-fine-grained-access';
import { testRule } from '../../support/rule-tester';

const domain = (properties: object) => ({ D: { Type: 'AWS::OpenSearchService::Domain', Properties: { EngineVersion: 'OpenSearch_2.11', ...properties } } });
const version = opensearch.EngineVersion.OPENSEARCH_2_11;

testRule(rule, [
  { name: 'fine-grained access control on', resources: domain({ AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN: 'arn:aws:iam::111122223333:role/admin' } } }), expect: 'addressed' },
  { name: 'fine-grained access control absent', resources: domain({}), expect: [{ status: 'unaddressed', propertyPath: 'AdvancedSecurityOptions.Enabled' }] },
  { name: 'fine-grained access control off', resources: domain({ AdvancedSecurityOptions: { Enabled: 'false' } }), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: { F: { Type: 'String' } }, resources: domain({ AdvancedSecurityOptions: { Enabled: { Ref: 'F' } } }), expect: 'needs-review' },
  {
    name: 'Domain with fine-grained access control',
    cdk: (stack) => {
      const admin = new iam.Role(stack, 'Admin', { assumedBy: new iam.AccountRootPrincipal() });
      new opensearch.Domain(stack, 'D', { version, fineGrainedAccessControl: { masterUserArn: admin.roleArn }, enforceHttps: true, nodeToNodeEncryption: true, encryptionAtRest: { enabled: true } });
    },
    expect: 'addressed',
  },
  { name: 'Domain without fine-grained access control', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version }), expect: 'unaddressed' },
]);
