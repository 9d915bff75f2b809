import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import rule from '../../../rules/logging-monitoring/codebuild-project-logging';
import { testRule } from '../../support/rule-tester';

const project = (properties: object) => ({ Project: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: 'r', Artifacts: { Type: 'NO_ARTIFACTS' }, Source: { Type: 'NO_SOURCE', BuildSpec: '{}' }, Environment: { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_SMALL', Image: 'aws/codebuild/standard:7.0' }, ...properties } } });
const buildSpec = codebuild.BuildSpec.fromObject({ version: '0.2' });

testRule(rule, [
  { name: 'default CloudWatch Logs', resources: project({}), expect: [{ status: 'addressed', message: /default/ }] },
  { name: 'S3 logs on, CloudWatch off', resources: project({ LogsConfig: { CloudWatchLogs: { Status: 'DISABLED' }, S3Logs: { Status: 'ENABLED', Location: 'logs/build' } } }), expect: 'addressed' },
  { name: 'every destination disabled', resources: project({ LogsConfig: { CloudWatchLogs: { Status: 'DISABLED' } } }), expect: 'unaddressed' },
  { name: 'status from a parameter', parameters: { S: { Type: 'String' } }, resources: project({ LogsConfig: { CloudWatchLogs: { Status: { Ref: 'S' } } } }), expect: 'needs-review' },
  { name: 'Project defaults', cdk: (stack) => void new codebuild.Project(stack, 'Project', { buildSpec }), expect: 'addressed' },
  { name: 'Project with CloudWatch logging disabled', cdk: (stack) => void new codebuild.Project(stack, 'Project', { buildSpec, logging: { cloudWatch: { enabled: false } } }), expect: 'unaddressed' },
]);
