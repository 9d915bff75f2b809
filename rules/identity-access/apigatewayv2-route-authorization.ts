import { defineRule } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { ResourceReference } from '../../lib/model/values';
import { requireString } from './lib/support';

const AUTHORIZED = ['AWS_IAM', 'JWT', 'CUSTOM'];

/** WebSocket APIs authorize the connection at `$connect`; API Gateway rejects authorizers on their other routes. */
function isWebSocketMessageRoute(route: ResourceModel): boolean {
  const routeKey = route.get('RouteKey').value;
  if (routeKey === '$connect') return false;
  const api = route.get('ApiId').value;
  if (!(api instanceof ResourceReference) || api.attribute !== undefined) return false;
  const target = route.stack.resource(api.logicalId);
  return target?.type === 'AWS::ApiGatewayV2::Api' && target.get('ProtocolType').value === 'WEBSOCKET';
}

export default defineRule({
  id: 'SRM-IAM-027',
  title: 'API Gateway v2 routes specify an authorization type',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides'],
  controls: {
    configRule: 'API_GWV2_AUTHORIZATION_TYPE_CONFIGURED',
    securityHub: ['APIGateway.8'],
    controlTower: ['CT.APIGATEWAY.PR.5'],
    nist80053: ['AC-3', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'A route with `AuthorizationType: NONE` lets anyone on the internet call the integration behind it; authenticating callers is the customer\'s part.',
    addressedBy: '`AuthorizationType` of `AWS_IAM`, `JWT` or `CUSTOM` on each AWS::ApiGatewayV2::Route (and on `Route` of an AWS::ApiGatewayV2::ApiGatewayManagedOverrides that overrides it).',
    default: 'A route without `AuthorizationType` is open (`NONE`): unaddressed. WebSocket routes other than `$connect` cannot carry an authorizer (the connection is authorized at `$connect`), so the rule does not apply to them when the route\'s API is in the template. An override without `Route.AuthorizationType` changes nothing and is not checked.',
    fix: {
      cdk: "api.addRoutes({ path: '/items', integration, authorizer: new HttpIamAuthorizer() }) // or an HttpJwtAuthorizer / HttpLambdaAuthorizer",
      cloudformation: 'Set `AuthorizationType: AWS_IAM` (or `JWT`/`CUSTOM` with `AuthorizerId`) on the AWS::ApiGatewayV2::Route.',
    },
  },
  check(resource) {
    const override = resource.type === 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides';
    if (!override && isWebSocketMessageRoute(resource)) return undefined;
    const lookup = resource.get(override ? 'Route.AuthorizationType' : 'AuthorizationType');
    if (override && lookup.value === undefined) return undefined;
    return requireString(lookup, { ok: false, message: 'AuthorizationType is not set, so the route is open to anyone' }, (value) =>
      AUTHORIZED.includes(value) ? { ok: true, message: `callers are authorized by ${value}` } : { ok: false, message: `AuthorizationType is ${value}: anyone can call the route` },
    );
  },
});
