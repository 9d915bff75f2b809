import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, isPlainObject } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';

const LOGGING = new Set(['ERROR', 'INFO']);

export default defineRule({
  id: 'SRM-LOG-011',
  title: 'API Gateway REST API stage has execution logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  controls: {
    configRule: 'API_GW_EXECUTION_LOGGING_ENABLED',
    securityHub: ['APIGateway.1'],
    controlTower: ['CT.APIGATEWAY.PR.1'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7', 'SC-7(9)'],
    cdkNag: ['AwsSolutions-APIG6', 'NIST.800.53.R5-APIGWExecutionLoggingEnabled'],
  },
  docs: {
    description: 'Execution logs show how API Gateway handled each request (errors, authorizer decisions); the customer must switch them on per stage.',
    addressedBy: 'A `MethodSettings` entry with `HttpMethod: "*"`, `ResourcePath: "/*"` and `LoggingLevel` `ERROR` or `INFO`, and no method set to `OFF`.',
    default: 'Without method settings execution logging is off: unaddressed.',
    fix: {
      cdk: 'new apigateway.RestApi(this, id, { deployOptions: { loggingLevel: apigateway.MethodLoggingLevel.INFO } })',
      cloudformation: 'Add `MethodSettings: [{ HttpMethod: "*", ResourcePath: "/*", LoggingLevel: INFO }]` to the AWS::ApiGateway::Stage.',
    },
  },
  check(stage) {
    return judge(stage.get('MethodSettings'), (value) => {
      const settings = listOf(value);
      if (settings instanceof Unresolved) return review(`MethodSettings cannot be read: ${settings.reason}`);
      let all = false;
      for (const setting of settings) {
        if (!isPlainObject(setting)) return review('a method setting cannot be read');
        const level = setting.LoggingLevel;
        if (level !== undefined && typeof level !== 'string') return review('a LoggingLevel cannot be resolved');
        if (level === 'OFF') return fail(`execution logging is OFF for ${String(setting.HttpMethod ?? '?')} ${String(setting.ResourcePath ?? '?')}`);
        if (setting.HttpMethod === '*' && setting.ResourcePath === '/*' && typeof level === 'string' && LOGGING.has(level)) all = true;
      }
      return all ? pass('execution logging is on for every method') : fail('execution logging is not on for all methods (no */"/*" method setting with LoggingLevel ERROR or INFO)');
    });
  },
});
