import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/encryption-at-rest/codebuild-s3-logs-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::CodeBuild::Project';
const project = (s3Logs?: object) => one(T, { ServiceRole: 'r', Source: { Type: 'NO_SOURCE' }, Artifacts: { Type: 'NO_ARTIFACTS' }, Environment: { Type: 'LINUX_CONTAINER', Image: 'i', ComputeType: 'BUILD_GENERAL1_SMALL' }, LogsConfig: s3Logs ? { S3Logs: s3Logs } : undefined });
const buildSpec = codebuild.BuildSpec.fromObject({ version: '0.2' });

testRule(rule, [
  { name: 'S3 logs, EncryptionDisabled absent', resources: project({ Status: 'ENABLED', Location: 'b/logs' }), expect: 'addressed' },
  { name: 'S3 logs unencrypted', resources: project({ Status: 'ENABLED', Location: 'b/logs', EncryptionDisabled: true }), expect: 'unaddressed' },
  { name: 'S3 logs disabled', resources: project({ Status: 'DISABLED' }), expect: [] },
  { name: 'no logs config', resources: project(), expect: [] },
  { name: 'parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: project({ Status: 'ENABLED', EncryptionDisabled: { Ref: 'Unknown' } }), expect: 'needs-review' },
  { name: 'Project with encrypted S3 logs', cdk: (stack) => void new codebuild.Project(stack, 'Build', { buildSpec, logging: { s3: { bucket: new s3.Bucket(stack, 'Logs') } } }), expect: 'addressed' },
  { name: 'Project with unencrypted S3 logs', cdk: (stack) => void new codebuild.Project(stack, 'Build', { buildSpec, logging: { s3: { bucket: new s3.Bucket(stack, 'Logs'), encrypted: false } } }), expect: 'unaddressed' },
]);
