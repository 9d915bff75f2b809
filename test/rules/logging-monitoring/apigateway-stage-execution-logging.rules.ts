import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import rule from '../../../rules/logging-monitoring/apigateway-stage-execution-logging';
import { testRule } from '../../support/rule-tester';

const stage = (properties: object) => ({ Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: 'api', DeploymentId: 'dep', ...properties } } });
const all = (level: unknown) => ({ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: level });
const api = (stack: import('aws-cdk-lib').Stack, deployOptions: apigateway.StageOptions) => new apigateway.RestApi(stack, 'Api', { deployOptions }).root.addMethod('GET');

testRule(rule, [
  { name: 'INFO for all methods', resources: stage({ MethodSettings: [all('INFO')] }), expect: 'addressed' },
  { name: 'ERROR for all methods', resources: stage({ MethodSettings: [all('ERROR')] }), expect: 'addressed' },
  { name: 'no method settings', resources: stage({}), expect: [{ status: 'unaddressed', message: /not on for all methods/ }] },
  { name: 'one method switched OFF', resources: stage({ MethodSettings: [all('INFO'), { HttpMethod: 'GET', ResourcePath: '/~1health', LoggingLevel: 'OFF' }] }), expect: [{ status: 'unaddressed', message: /OFF for GET/ }] },
  { name: 'level from a parameter without default', parameters: { Level: { Type: 'String' } }, resources: stage({ MethodSettings: [all({ Ref: 'Level' })] }), expect: 'needs-review' },
  { name: 'RestApi with loggingLevel INFO', cdk: (stack) => api(stack, { loggingLevel: apigateway.MethodLoggingLevel.INFO }), expect: 'addressed' },
  { name: 'RestApi defaults', cdk: (stack) => api(stack, {}), expect: 'unaddressed' },
]);
