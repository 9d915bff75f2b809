import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import rule from '../../../rules/patch-management/opensearch-auto-software-update';
import { testRule } from '../../support/rule-tester';

const domain = (properties: object) => ({ Search: { Type: 'AWS::OpenSearchService::Domain', Properties: properties } });

testRule(rule, [
  { name: 'enabled', resources: domain({ SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: true } }), expect: 'addressed' },
  { name: 'absent: off by default', resources: domain({}), expect: [{ status: 'unaddressed', message: /default is false/ }] },
  { name: 'disabled', resources: domain({ SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: false } }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: domain({ SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: 'Domain with enableAutoSoftwareUpdate', cdk: (stack) => new opensearch.Domain(stack, 'Search', { version: opensearch.EngineVersion.OPENSEARCH_2_11, enableAutoSoftwareUpdate: true }), expect: 'addressed' },
  { name: 'Domain without it', cdk: (stack) => new opensearch.Domain(stack, 'Search', { version: opensearch.EngineVersion.OPENSEARCH_2_11 }), expect: 'unaddressed' },
]);
