import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, hasValue, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-013',
  title: 'API Gateway HTTP/WebSocket API stage has access logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGatewayV2::Stage'],
  controls: {
    configRule: 'API_GWV2_ACCESS_LOGS_ENABLED',
    securityHub: ['APIGateway.9'],
    controlTower: ['CT.APIGATEWAY.PR.4'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7', 'SC-7(9)'],
    cdkNag: ['AwsSolutions-APIG1'],
  },
  docs: {
    description: 'Who called which route is recorded only when the customer gives the stage an access log destination.',
    addressedBy: '`AccessLogSettings` with `DestinationArn` (a CloudWatch Logs log group) and `Format`.',
    default: 'Absent means no access logs: unaddressed.',
    fix: {
      cdk: 'new apigwv2.CfnStage(this, id, { ..., accessLogSettings: { destinationArn: logGroup.logGroupArn, format: JSON.stringify({ requestId: "$context.requestId" }) } })',
      cloudformation: 'Set `AccessLogSettings: { DestinationArn: <log group ARN>, Format: ... }` on the AWS::ApiGatewayV2::Stage.',
    },
  },
  check(stage) {
    return judge(stage.get('AccessLogSettings'), (value) => {
      if (value === undefined) return fail('the stage has no access logging');
      if (!isPlainObject(value)) return review('AccessLogSettings is not an object');
      if (!hasValue(value, 'DestinationArn')) return fail('AccessLogSettings has no DestinationArn, so no access logs are written');
      if (!hasValue(value, 'Format')) return fail('AccessLogSettings has no Format, so no access logs are written');
      return pass('access logs are delivered to CloudWatch Logs');
    });
  },
});
