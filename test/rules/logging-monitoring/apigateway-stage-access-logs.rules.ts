import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as logs from 'aws-cdk-lib/aws-logs';
import rule from '../../../rules/logging-monitoring/apigateway-stage-access-logs';
import { testRule } from '../../support/rule-tester';

const stage = (properties: object) => ({ Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: 'api', DeploymentId: 'dep', ...properties } } });
const api = (stack: import('aws-cdk-lib').Stack, deployOptions: apigateway.StageOptions) => new apigateway.RestApi(stack, 'Api', { deployOptions }).root.addMethod('GET');

testRule(rule, [
  { name: 'access logs configured', resources: stage({ AccessLogSetting: { DestinationArn: 'arn:aws:logs:eu-west-1:1:log-group:a', Format: '$context.requestId' } }), expect: 'addressed' },
  { name: 'no access logs', resources: stage({}), expect: [{ status: 'unaddressed', propertyPath: 'AccessLogSetting' }] },
  { name: 'access log setting without destination', resources: stage({ AccessLogSetting: { Format: '$context.requestId' } }), expect: 'unaddressed' },
  { name: 'access log setting from a parameter', parameters: { S: { Type: 'String' } }, resources: stage({ AccessLogSetting: { Ref: 'S' } }), expect: 'needs-review' },
  {
    name: 'RestApi with an access log destination',
    cdk: (stack) => api(stack, { accessLogDestination: new apigateway.LogGroupLogDestination(new logs.LogGroup(stack, 'Logs')), accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields() }),
    expect: 'addressed',
  },
  { name: 'RestApi defaults', cdk: (stack) => api(stack, {}), expect: 'unaddressed' },
]);
