import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject, type Resolved } from '../../lib/model/values';
import { fail, pass, review } from './lib/checks';

type State = 'on' | 'off' | 'unknown';

function status(config: Resolved, whenAbsent: State): State {
  if (config === undefined) return whenAbsent;
  if (!isPlainObject(config)) return 'unknown';
  if (config.Status === 'ENABLED') return 'on';
  if (config.Status === 'DISABLED') return 'off';
  return 'unknown';
}

export default defineRule({
  id: 'SRM-LOG-018',
  title: 'CodeBuild project writes build logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_LOGGING_ENABLED',
    securityHub: ['CodeBuild.4'],
    controlTower: ['CT.CODEBUILD.PR.3'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4'],
  },
  docs: {
    description: 'Build logs show what ran in the customer\'s pipeline with which credentials; turning every log destination off hides it.',
    addressedBy: '`LogsConfig` with `CloudWatchLogs.Status: ENABLED` or `S3Logs.Status: ENABLED`, or CloudWatch Logs left at its default.',
    default: 'CodeBuild sends build logs to CloudWatch Logs unless `LogsConfig.CloudWatchLogs.Status` is DISABLED, so an absent LogsConfig is addressed (as AWS Config CODEBUILD_PROJECT_LOGGING_ENABLED judges it); S3 logs are off unless enabled. Unaddressed only when every destination is disabled.',
    fix: {
      cdk: 'new codebuild.Project(this, id, { ..., logging: { cloudWatch: { logGroup } } })',
      cloudformation: 'Set `LogsConfig.CloudWatchLogs.Status: ENABLED` (or `S3Logs.Status: ENABLED`) on the AWS::CodeBuild::Project.',
    },
  },
  check(project) {
    return judge(project.get('LogsConfig'), (value) => {
      if (value === undefined) return pass('build logs go to CloudWatch Logs (the default)');
      if (!isPlainObject(value)) return review('LogsConfig is not an object');
      const cloudWatch = status(value.CloudWatchLogs, 'on');
      const s3 = status(value.S3Logs, 'off');
      if (cloudWatch === 'on' || s3 === 'on') return pass(`build logs go to ${cloudWatch === 'on' ? 'CloudWatch Logs' : 'S3'}`);
      if (cloudWatch === 'unknown' || s3 === 'unknown') return review('the status of a log destination cannot be resolved');
      return fail('every build log destination is disabled');
    });
  },
});
