import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, describeValue } from '../../lib/model/values';
import { AT_REST_NIST } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-033',
  title: 'CodeBuild project encrypts its S3 build logs',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_S3_LOGS_ENCRYPTED',
    securityHub: ['CodeBuild.3'],
    controlTower: ['CT.CODEBUILD.PR.6'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Build logs can contain environment values and source excerpts; CodeBuild encrypts the S3 copy unless the project turns that off.',
    addressedBy: '`LogsConfig.S3Logs.EncryptionDisabled` false or absent. Projects without S3 logs are not judged.',
    default: 'Absent means CodeBuild encrypts the S3 logs: addressed.',
    fix: {
      cdk: "new codebuild.Project(this, 'Build', { ..., logging: { s3: { bucket, encrypted: true } } })",
      cloudformation: 'Remove `EncryptionDisabled: true` from `LogsConfig.S3Logs` of the AWS::CodeBuild::Project.',
    },
  },
  check(project) {
    const s3 = project.get('LogsConfig.S3Logs');
    if (s3.value === undefined) return undefined;
    const status = project.get('LogsConfig.S3Logs.Status').value;
    if (status === 'DISABLED') return undefined;
    if (status instanceof Unresolved) return needsReview('LogsConfig.S3Logs.Status cannot be resolved', { propertyPath: 'LogsConfig.S3Logs.Status' });
    return judge(project.get('LogsConfig.S3Logs.EncryptionDisabled'), (value) => {
      if (value === undefined || value === false || value === 'false') return { ok: true, message: 'S3 build logs are encrypted' };
      if (value === true || value === 'true') return { ok: false, message: 'S3 build logs are not encrypted (EncryptionDisabled is true)' };
      return { ok: 'unknown', message: `LogsConfig.S3Logs.EncryptionDisabled is ${describeValue(value)}, which is not a boolean` };
    });
  },
});
