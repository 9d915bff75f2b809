import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpUrlIntegration, WebSocketMockIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import rule from '../../../rules/identity-access/apigatewayv2-route-authorization';
import { testRule } from '../../support/rule-tester';

const api = (protocol: string) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol } } });
const route = (properties: object, routeKey = 'GET /items') => ({ Route: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api' }, RouteKey: routeKey, ...properties } } });
const integration = () => new HttpUrlIntegration('Url', 'https://example.com');

testRule(rule, [
  { name: 'AWS_IAM', resources: { ...api('HTTP'), ...route({ AuthorizationType: 'AWS_IAM' }) }, expect: 'addressed' },
  { name: 'JWT', resources: { ...api('HTTP'), ...route({ AuthorizationType: 'JWT', AuthorizerId: 'abc' }) }, expect: 'addressed' },
  { name: 'NONE', resources: { ...api('HTTP'), ...route({ AuthorizationType: 'NONE' }) }, expect: [{ status: 'unaddressed', on: 'Route', propertyPath: 'AuthorizationType' }] },
  { name: 'AuthorizationType absent', resources: { ...api('HTTP'), ...route({}) }, expect: [{ status: 'unaddressed', message: 'not set' }] },
  { name: 'parameter without a default', parameters: { Auth: { Type: 'String' } }, resources: { ...api('HTTP'), ...route({ AuthorizationType: { Ref: 'Auth' } }) }, expect: 'needs-review' },
  { name: 'imported API, open route', resources: route({ ApiId: { 'Fn::ImportValue': 'api' }, AuthorizationType: 'NONE' }, 'sendmessage'), expect: 'unaddressed' },
  { name: 'WebSocket message route is authorized at $connect', resources: { ...api('WEBSOCKET'), ...route({ AuthorizationType: 'NONE' }, 'sendmessage') }, expect: [] },
  { name: 'WebSocket $connect without authorization', resources: { ...api('WEBSOCKET'), ...route({ AuthorizationType: 'NONE' }, '$connect') }, expect: 'unaddressed' },
  { name: 'override opens the managed route', resources: { O: { Type: 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides', Properties: { ApiId: 'abc', Route: { AuthorizationType: 'NONE' } } } }, expect: [{ status: 'unaddressed', propertyPath: 'Route.AuthorizationType' }] },
  { name: 'override without route authorization', resources: { O: { Type: 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides', Properties: { ApiId: 'abc', Stage: { Description: 'x' } } } }, expect: [] },
  {
    name: 'HttpApi route with IAM authorizer',
    cdk: (stack) => void new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET], integration: integration(), authorizer: new HttpIamAuthorizer() }),
    expect: 'addressed',
  },
  { name: 'HttpApi route without authorizer', cdk: (stack) => void new apigwv2.HttpApi(stack, 'Api').addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET], integration: integration() }), expect: 'unaddressed' },
  {
    name: 'WebSocketApi message route',
    cdk: (stack) => void new apigwv2.WebSocketApi(stack, 'Ws').addRoute('sendmessage', { integration: new WebSocketMockIntegration('Mock') }),
    expect: [],
  },
]);
