import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import rule from '../../../rules/logging-monitoring/apigatewayv2-stage-access-logs';
import { testRule } from '../../support/rule-tester';

const stage = (properties: object) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'api', StageName: '$default', ...properties } } });
const settings = { DestinationArn: 'arn:aws:logs:eu-west-1:1:log-group:a', Format: '$context.requestId' };

testRule(rule, [
  { name: 'access logs configured', resources: stage({ AccessLogSettings: settings }), expect: 'addressed' },
  { name: 'no access logs', resources: stage({}), expect: 'unaddressed' },
  { name: 'no format', resources: stage({ AccessLogSettings: { DestinationArn: settings.DestinationArn } }), expect: [{ status: 'unaddressed', message: /no Format/ }] },
  { name: 'settings from a parameter', parameters: { S: { Type: 'String' } }, resources: stage({ AccessLogSettings: { Ref: 'S' } }), expect: 'needs-review' },
  {
    name: 'CfnStage with access log settings',
    cdk: (stack) => void new apigwv2.CfnStage(stack, 'Stage', { apiId: 'api', stageName: '$default', accessLogSettings: { destinationArn: settings.DestinationArn, format: settings.Format } }),
    expect: 'addressed',
  },
  { name: 'HttpApi default stage', cdk: (stack) => void new apigwv2.HttpApi(stack, 'Api'), expect: 'unaddressed' },
]);
