import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, hasValue, pass, review } from './lib/checks';

const LOGGING_LEVELS = new Set(['ERROR', 'INFO', 'DEBUG', 'ALL']);

export default defineRule({
  id: 'SRM-LOG-036',
  title: 'AppSync GraphQL API has field-level logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  controls: {
    configRule: 'APPSYNC_LOGGING_ENABLED',
    securityHub: ['AppSync.2'],
    controlTower: ['CT.APPSYNC.PR.1'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7'],
  },
  docs: {
    description: 'Which resolver served which request, and which failed, is recorded only when the customer sets a field log level and a role to write logs.',
    addressedBy: '`LogConfig` with `FieldLogLevel` `ERROR` or more (`INFO`, `DEBUG`, `ALL`) and `CloudWatchLogsRoleArn`.',
    default: 'Absent means no logging: unaddressed.',
    fix: {
      cdk: 'new appsync.GraphqlApi(this, id, { ..., logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR } })',
      cloudformation: 'Set `LogConfig: { FieldLogLevel: ERROR, CloudWatchLogsRoleArn: <role ARN> }` on the AWS::AppSync::GraphQLApi.',
    },
  },
  check(api) {
    return judge(api.get('LogConfig'), (value) => {
      if (value === undefined) return fail('the API writes no logs');
      if (!isPlainObject(value)) return review('LogConfig is not an object');
      const level = value.FieldLogLevel ?? 'NONE';
      if (typeof level !== 'string') return review('FieldLogLevel cannot be resolved');
      if (!LOGGING_LEVELS.has(level)) return fail(`FieldLogLevel is ${level}, so resolver errors are not logged`);
      return hasValue(value, 'CloudWatchLogsRoleArn') ? pass(`field-level logging at ${level}`) : fail('LogConfig has no CloudWatchLogsRoleArn, so AppSync cannot write logs');
    });
  },
});
