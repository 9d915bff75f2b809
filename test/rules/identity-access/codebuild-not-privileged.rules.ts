import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import rule from '../../../rules/identity-access/codebuild-not-privileged';
import { testRule } from '../../support/rule-tester';

const project = (environment: object) => ({ P: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: 'r', Source: { Type: 'NO_SOURCE', BuildSpec: '{}' }, Artifacts: { Type: 'NO_ARTIFACTS' }, Environment: { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_SMALL', Image: 'aws/codebuild/standard:7.0', ...environment } } } });
const buildSpec = codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['true'] } } });

testRule(rule, [
  { name: 'PrivilegedMode absent', resources: project({}), expect: 'addressed' },
  { name: 'PrivilegedMode true', resources: project({ PrivilegedMode: true }), expect: [{ status: 'unaddressed', propertyPath: 'Environment.PrivilegedMode' }] },
  { name: 'parameter without a default', parameters: { Priv: { Type: 'String' } }, resources: project({ PrivilegedMode: { Ref: 'Priv' } }), expect: 'needs-review' },
  { name: 'Project without privileged mode', cdk: (stack) => void new codebuild.Project(stack, 'P', { buildSpec }), expect: 'addressed' },
  { name: 'Project in privileged mode', cdk: (stack) => void new codebuild.Project(stack, 'P', { buildSpec, environment: { privileged: true } }), expect: 'unaddressed' },
]);
