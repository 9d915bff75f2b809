import * as ecr from 'aws-cdk-lib/aws-ecr';
import rule from '../../../rules/patch-management/ecr-lifecycle-policy';
import { testRule } from '../../support/rule-tester';

const repo = (properties: object) => ({ Repo: { Type: 'AWS::ECR::Repository', Properties: properties } });

testRule(rule, [
  { name: 'policy text', resources: repo({ LifecyclePolicy: { LifecyclePolicyText: '{"rules":[]}' } }), expect: 'addressed' },
  { name: 'absent', resources: repo({}), expect: [{ status: 'unaddressed', message: /kept forever/ }] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: repo({ LifecyclePolicy: { LifecyclePolicyText: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: 'Repository with lifecycle rules', cdk: (stack) => new ecr.Repository(stack, 'Repo', { lifecycleRules: [{ maxImageCount: 10 }] }), expect: 'addressed' },
  { name: 'Repository without them', cdk: (stack) => new ecr.Repository(stack, 'Repo'), expect: 'unaddressed' },
]);
