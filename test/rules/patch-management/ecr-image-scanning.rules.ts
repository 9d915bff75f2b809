import * as ecr from 'aws-cdk-lib/aws-ecr';
import rule from '../../../rules/patch-management/ecr-image-scanning';
import { testRule } from '../../support/rule-tester';

const repo = (properties: object) => ({ Repo: { Type: 'AWS::ECR::Repository', Properties: { RepositoryName: 'app/web', ...properties } } });
const registry = (filter: unknown) => ({ Scanning: { Type: 'AWS::ECR::RegistryScanningConfiguration', Properties: { ScanType: 'ENHANCED', Rules: [{ ScanFrequency: 'CONTINUOUS_SCAN', RepositoryFilters: [{ Filter: filter, FilterType: 'WILDCARD' }] }] } } });

testRule(rule, [
  { name: 'scan on push', resources: repo({ ImageScanningConfiguration: { ScanOnPush: true } }), expect: 'addressed' },
  { name: 'absent', resources: repo({}), expect: [{ status: 'unaddressed', message: /not scanned on push/ }] },
  { name: 'registry scanning covers it by wildcard', resources: { ...repo({}), ...registry('app/*') }, expect: [{ status: 'addressed', on: 'Repo', message: /Scanning covers the repository/ }] },
  { name: 'registry scanning for other repositories', resources: { ...repo({}), ...registry('batch/*') }, expect: [{ status: 'unaddressed', on: 'Repo' }] },
  { name: 'registry filter from a parameter', parameters: { F: { Type: 'String' } }, resources: { ...repo({}), ...registry({ Ref: 'F' }) }, expect: [{ status: 'needs-review', on: 'Repo' }] },
  { name: 'scan on push from a parameter', parameters: { S: { Type: 'String' } }, resources: repo({ ImageScanningConfiguration: { ScanOnPush: { Ref: 'S' } } }), expect: 'needs-review' },
  { name: 'Repository with imageScanOnPush', cdk: (stack) => new ecr.Repository(stack, 'Repo', { imageScanOnPush: true }), expect: 'addressed' },
  { name: 'Repository without scanning', cdk: (stack) => new ecr.Repository(stack, 'Repo'), expect: 'unaddressed' },
]);
