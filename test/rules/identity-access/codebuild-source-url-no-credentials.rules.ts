import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import rule from '../../../rules/identity-access/codebuild-source-url-no-credentials';
import { testRule } from '../../support/rule-tester';

const project = (source: object, extra: object = {}) => ({
  P: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: 'r', Source: source, Artifacts: { Type: 'NO_ARTIFACTS' }, Environment: { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_SMALL', Image: 'aws/codebuild/standard:7.0' }, ...extra } },
});

testRule(rule, [
  { name: 'plain GitHub URL', resources: project({ Type: 'GITHUB', Location: 'https://github.com/o/r.git' }), expect: 'addressed' },
  { name: 'Bitbucket URL with user and app password', resources: project({ Type: 'BITBUCKET', Location: 'https://me:s3cret@bitbucket.org/o/r.git' }), expect: [{ status: 'unaddressed', propertyPath: 'Source.Location' }] },
  { name: 'GitHub URL with a token', resources: project({ Type: 'GITHUB', Location: 'https://ghp_abc123@github.com/o/r.git' }), expect: 'unaddressed' },
  {
    name: 'secondary source with credentials',
    resources: project({ Type: 'GITHUB', Location: 'https://github.com/o/r.git' }, { SecondarySources: [{ Type: 'GITHUB', SourceIdentifier: 's2', Location: 'https://u:p@github.com/o/s.git' }] }),
    expect: [
      { status: 'addressed', key: 'Source.Location' },
      { status: 'unaddressed', key: 'SecondarySources.0.Location' },
    ],
  },
  { name: 'no source location', resources: project({ Type: 'NO_SOURCE', BuildSpec: '{}' }), expect: [] },
  { name: 'location from a parameter without a default', parameters: { Url: { Type: 'String' } }, resources: project({ Type: 'GITHUB', Location: { Ref: 'Url' } }), expect: 'needs-review' },
  { name: 'GitHub source', cdk: (stack) => void new codebuild.Project(stack, 'P', { source: codebuild.Source.gitHub({ owner: 'o', repo: 'r' }) }), expect: 'addressed' },
  {
    name: 'GitHub Enterprise clone URL with credentials',
    cdk: (stack) => void new codebuild.Project(stack, 'P', { source: codebuild.Source.gitHubEnterprise({ httpsCloneUrl: 'https://me:token@git.example.com/o/r.git' }) }),
    expect: 'unaddressed',
  },
]);
