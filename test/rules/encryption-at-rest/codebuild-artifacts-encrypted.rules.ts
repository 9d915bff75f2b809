import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/encryption-at-rest/codebuild-artifacts-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::CodeBuild::Project';
const project = (artifacts: object, secondary?: unknown) => one(T, { ServiceRole: 'r', Source: { Type: 'NO_SOURCE', BuildSpec: '{}' }, Environment: { Type: 'LINUX_CONTAINER', Image: 'i', ComputeType: 'BUILD_GENERAL1_SMALL' }, Artifacts: artifacts, SecondaryArtifacts: secondary });
const buildSpec = codebuild.BuildSpec.fromObject({ version: '0.2' });

testRule(rule, [
  { name: 'EncryptionDisabled absent', resources: project({ Type: 'S3', Location: 'b' }), expect: [{ status: 'addressed', key: 'primary' }] },
  { name: 'primary disabled, secondary fine', resources: project({ Type: 'S3', Location: 'b', EncryptionDisabled: true }, [{ Type: 'S3', Location: 'b', ArtifactIdentifier: 'extra' }]), expect: [{ status: 'unaddressed', key: 'primary' }, { status: 'addressed', key: 'extra' }] },
  { name: 'parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: project({ Type: 'S3', Location: 'b', EncryptionDisabled: { Ref: 'Unknown' } }), expect: 'needs-review' },
  { name: 'secondary artifacts imported', resources: project({ Type: 'NO_ARTIFACTS' }, { 'Fn::ImportValue': 'X' }), expect: [{ status: 'needs-review', key: 'secondary' }] },
  { name: 'Project with encrypted S3 artifacts', cdk: (stack) => void new codebuild.Project(stack, 'Build', { buildSpec, artifacts: codebuild.Artifacts.s3({ bucket: new s3.Bucket(stack, 'Out') }) }), expect: 'addressed' },
  { name: 'Project with encryption: false', cdk: (stack) => void new codebuild.Project(stack, 'Build', { buildSpec, artifacts: codebuild.Artifacts.s3({ bucket: new s3.Bucket(stack, 'Out'), encryption: false }) }), expect: 'unaddressed' },
]);
