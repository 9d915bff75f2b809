import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import rule from '../../../rules/encryption-at-rest/api-gateway-stage-cache-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::ApiGateway::Stage';
const stage = (settings: unknown, cache: unknown = true) => one(T, { RestApiId: 'api', DeploymentId: 'd', CacheClusterEnabled: cache, CacheClusterSize: '0.5', MethodSettings: settings });
const api = (deployOptions: apigateway.StageOptions) => (stack: import('aws-cdk-lib').Stack) => {
  const restApi = new apigateway.RestApi(stack, 'Api', { deployOptions });
  restApi.root.addMethod('GET');
};

testRule(rule, [
  { name: 'all methods encrypted', resources: stage([{ HttpMethod: '*', ResourcePath: '/*', CachingEnabled: true, CacheDataEncrypted: true }]), expect: 'addressed' },
  { name: 'cache without method settings', resources: stage(undefined), expect: [{ status: 'unaddressed', message: /defaults to false/ }] },
  { name: 'one method turns encryption off', resources: stage([{ HttpMethod: '*', ResourcePath: '/*', CacheDataEncrypted: true }, { HttpMethod: 'GET', ResourcePath: '/~1pets', CacheDataEncrypted: false }]), expect: [{ status: 'unaddressed', propertyPath: 'MethodSettings.1.CacheDataEncrypted' }] },
  { name: 'no cache cluster', resources: stage(undefined, false), expect: [] },
  { name: 'parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: stage([{ HttpMethod: '*', ResourcePath: '/*', CacheDataEncrypted: { Ref: 'Unknown' } }]), expect: 'needs-review' },
  { name: 'settings imported', resources: stage({ 'Fn::ImportValue': 'S' }), expect: 'needs-review' },
  { name: 'RestApi with an encrypted cache', cdk: api({ cacheClusterEnabled: true, cachingEnabled: true, cacheDataEncrypted: true }), expect: 'addressed' },
  { name: 'RestApi with an unencrypted cache', cdk: api({ cacheClusterEnabled: true, cachingEnabled: true }), expect: 'unaddressed' },
]);
