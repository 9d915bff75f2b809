import { defineRule, type Finding } from '../../lib/engine/rule';
import { itemsOf } from './lib/items';
import { requireString } from './lib/support';

const verdict = (where: string) => (value: string) =>
  value === 'API_KEY' ? { ok: false, message: `${where} is API_KEY: a static key shared by every caller` } : { ok: true, message: `${where} is ${value}` };

export default defineRule({
  id: 'SRM-IAM-028',
  title: 'AppSync GraphQL APIs are not authenticated with API keys',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  controls: {
    controlTower: ['CT.APPSYNC.PR.3'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  docs: {
    description: 'An API key is a long-lived shared secret that identifies no user and usually ends up in client code; IAM, Cognito user pools, OIDC or Lambda authorizers authenticate each caller.',
    addressedBy: '`AuthenticationType` other than `API_KEY`, and no `API_KEY` entry in `AdditionalAuthenticationProviders`.',
    default: '`AuthenticationType` is required; absent additional providers add nothing.',
    fix: {
      cdk: 'new appsync.GraphqlApi(this, id, { definition, authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } })',
      cloudformation: 'Set `AuthenticationType` to `AWS_IAM`, `AMAZON_COGNITO_USER_POOLS`, `OPENID_CONNECT` or `AWS_LAMBDA`, and remove `API_KEY` from `AdditionalAuthenticationProviders`.',
    },
  },
  check(api) {
    const main = requireString(api.get('AuthenticationType'), { ok: false, message: 'AuthenticationType is not set' }, verdict('AuthenticationType'));
    const providers = itemsOf(api, 'AdditionalAuthenticationProviders');
    if ('problem' in providers) return [{ ...main, key: 'AuthenticationType' }, { ...providers.problem, key: 'AdditionalAuthenticationProviders' }];
    if (providers.items.length === 0) return main;
    const findings: Finding[] = [{ ...main, key: 'AuthenticationType' }];
    for (const provider of providers.items) {
      const lookup = api.get(`${provider.path}.AuthenticationType`);
      findings.push({ ...requireString(lookup, { ok: false, message: `${lookup.path} is not set` }, verdict(lookup.path)), key: provider.path });
    }
    return findings;
  },
});
