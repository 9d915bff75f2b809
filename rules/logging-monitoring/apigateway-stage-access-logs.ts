import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, hasValue, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-010',
  title: 'API Gateway REST API stage has access logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  controls: {
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'SC-7(9)'],
    cdkNag: ['AwsSolutions-APIG1'],
  },
  docs: {
    description: 'Who called which API is recorded only when the customer gives the stage an access log destination.',
    addressedBy: '`AccessLogSetting` with `DestinationArn` (a CloudWatch Logs log group or Firehose stream) and `Format`.',
    default: 'Absent means no access logs: unaddressed.',
    fix: {
      cdk: 'new apigateway.RestApi(this, id, { deployOptions: { accessLogDestination: new apigateway.LogGroupLogDestination(logGroup), accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields() } })',
      cloudformation: 'Set `AccessLogSetting: { DestinationArn: <log group ARN>, Format: ... }` on the AWS::ApiGateway::Stage.',
    },
  },
  check(stage) {
    return judge(stage.get('AccessLogSetting'), (value) => {
      if (value === undefined) return fail('the stage has no access logging');
      if (!isPlainObject(value)) return review('AccessLogSetting is not an object');
      if (!hasValue(value, 'DestinationArn')) return fail('AccessLogSetting has no DestinationArn, so no access logs are written');
      return pass('access logs are delivered');
    });
  },
});
