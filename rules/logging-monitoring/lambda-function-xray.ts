import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-040',
  title: 'Lambda function has active X-Ray tracing',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::Lambda::Function'],
  controls: {
    configRule: 'LAMBDA_FUNCTION_XRAY_ENABLED',
    nist80053: ['AU-12', 'CA-7', 'SI-4'],
  },
  docs: {
    description: 'Tracing follows a request through the customer\'s function and the services it calls, which is how failures and abuse are found.',
    addressedBy: '`TracingConfig.Mode: Active`.',
    default: 'Absent means `PassThrough`: the function traces only requests an upstream service already sampled: unaddressed.',
    fix: {
      cdk: 'new lambda.Function(this, id, { ..., tracing: lambda.Tracing.ACTIVE })',
      cloudformation: 'Set `TracingConfig: { Mode: Active }` on the AWS::Lambda::Function.',
    },
  },
  check(fn) {
    return judge(fn.get('TracingConfig.Mode'), (value) => {
      if (value === undefined) return fail('active tracing is not enabled (the mode defaults to PassThrough)');
      if (typeof value !== 'string') return review('TracingConfig.Mode is not a string');
      return value === 'Active' ? pass('active X-Ray tracing is on') : fail(`TracingConfig.Mode is ${value}, not Active`);
    });
  },
});
