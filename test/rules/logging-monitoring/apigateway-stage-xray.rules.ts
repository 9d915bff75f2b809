import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import rule from '../../../rules/logging-monitoring/apigateway-stage-xray';
import { testRule } from '../../support/rule-tester';

const stage = (properties: object) => ({ Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: 'api', DeploymentId: 'dep', ...properties } } });
const api = (stack: import('aws-cdk-lib').Stack, deployOptions: apigateway.StageOptions) => new apigateway.RestApi(stack, 'Api', { deployOptions }).root.addMethod('GET');

testRule(rule, [
  { name: 'tracing on', resources: stage({ TracingEnabled: true }), expect: 'addressed' },
  { name: 'tracing absent', resources: stage({}), expect: 'unaddressed' },
  { name: 'tracing off', resources: stage({ TracingEnabled: 'false' }), expect: 'unaddressed' },
  { name: 'tracing from an import', resources: stage({ TracingEnabled: { 'Fn::ImportValue': 'Tracing' } }), expect: 'needs-review' },
  { name: 'RestApi with tracing', cdk: (stack) => api(stack, { tracingEnabled: true }), expect: 'addressed' },
  { name: 'RestApi defaults', cdk: (stack) => api(stack, {}), expect: 'unaddressed' },
]);
