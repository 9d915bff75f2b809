import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import rule from '../../../rules/identity-access/codebuild-no-plaintext-aws-credentials';
import { testRule } from '../../support/rule-tester';

const project = (variables: unknown) => ({
  P: { Type: 'AWS::CodeBuild::Project', Properties: { ServiceRole: 'r', Source: { Type: 'NO_SOURCE', BuildSpec: '{}' }, Artifacts: { Type: 'NO_ARTIFACTS' }, Environment: { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_SMALL', Image: 'aws/codebuild/standard:7.0', EnvironmentVariables: variables } } },
});
const buildSpec = codebuild.BuildSpec.fromObject({ version: '0.2', phases: { build: { commands: ['true'] } } });

testRule(rule, [
  { name: 'no environment variables', resources: project(undefined), expect: 'addressed' },
  { name: 'other plaintext variables', resources: project([{ Name: 'STAGE', Value: 'prod' }]), expect: 'addressed' },
  { name: 'secret key from Secrets Manager', resources: project([{ Name: 'AWS_SECRET_ACCESS_KEY', Type: 'SECRETS_MANAGER', Value: 'keys:secret' }]), expect: 'addressed' },
  { name: 'access key without a type', resources: project([{ Name: 'AWS_ACCESS_KEY_ID', Value: 'AKIAEXAMPLE' }]), expect: [{ status: 'unaddressed', propertyPath: 'Environment.EnvironmentVariables.0' }] },
  { name: 'dynamic reference in a PLAINTEXT variable', resources: project([{ Name: 'AWS_SECRET_ACCESS_KEY', Type: 'PLAINTEXT', Value: '{{resolve:secretsmanager:keys:SecretString:secret}}' }]), expect: 'unaddressed' },
  { name: 'type from a parameter without a default', parameters: { T: { Type: 'String' } }, resources: project([{ Name: 'AWS_SECRET_ACCESS_KEY', Type: { Ref: 'T' }, Value: 'keys' }]), expect: 'needs-review' },
  { name: 'variables imported', resources: project({ 'Fn::ImportValue': 'vars' }), expect: 'needs-review' },
  {
    name: 'Project with credentials from Parameter Store',
    cdk: (stack) => void new codebuild.Project(stack, 'P', { buildSpec, environmentVariables: { AWS_ACCESS_KEY_ID: { type: codebuild.BuildEnvironmentVariableType.PARAMETER_STORE, value: '/build/key-id' } } }),
    expect: 'addressed',
  },
  { name: 'Project with a plaintext access key', cdk: (stack) => void new codebuild.Project(stack, 'P', { buildSpec, environmentVariables: { AWS_ACCESS_KEY_ID: { value: 'AKIAEXAMPLE' } } }), expect: 'unaddressed' },
]);
