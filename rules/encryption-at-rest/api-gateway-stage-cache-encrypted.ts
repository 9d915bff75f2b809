import { asBoolean, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { Unresolved, branchesOf, describeValue, isPlainObject, type Resolved } from '../../lib/model/values';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-038',
  title: 'API Gateway REST API stage encrypts its cache',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  controls: {
    securityHub: ['APIGateway.5'],
    controlTower: ['CT.APIGATEWAY.PR.3'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'A stage cache keeps API responses, often personal data, on the cache cluster\'s disks; encrypting them is a per-method setting the customer chooses.',
    addressedBy: 'A `MethodSettings` entry for all methods (`HttpMethod: *`, `ResourcePath: /*`) with `CacheDataEncrypted: true`, and no entry setting it to false. Stages without a cache cluster are not judged.',
    default: '`CacheDataEncrypted` defaults to false: a stage with `CacheClusterEnabled: true` and no such setting is unaddressed.',
    fix: {
      cdk: "new apigateway.RestApi(this, 'Api', { deployOptions: { cacheClusterEnabled: true, cachingEnabled: true, cacheDataEncrypted: true } })",
      cloudformation: 'Add `MethodSettings: [{ HttpMethod: "*", ResourcePath: "/*", CacheDataEncrypted: true }]` to the AWS::ApiGateway::Stage.',
    },
  },
  check(stage) {
    const cluster = stage.get('CacheClusterEnabled');
    const branches = branchesOf(cluster.value);
    if (branches.every((branch) => branch.value === undefined || asBoolean(branch.value) === false)) return undefined;
    const settings = stage.get('MethodSettings');
    const list = settings.value;
    if (list === undefined) return unaddressed('the stage has a cache cluster but no method setting encrypts cache data (CacheDataEncrypted defaults to false)', { propertyPath: settings.path });
    if (!Array.isArray(list)) {
      return needsReview(`MethodSettings ${list instanceof Unresolved ? `cannot be resolved: ${list.reason}` : `is ${describeValue(list)}, not a list`}`, { propertyPath: settings.path });
    }
    const entries = list as readonly Resolved[];
    const disabled = entries.findIndex((entry) => isPlainObject(entry) && entry.CacheDataEncrypted !== undefined && asBoolean(entry.CacheDataEncrypted) === false);
    if (disabled >= 0) return unaddressed(`MethodSettings.${disabled} turns cache encryption off for some methods`, { propertyPath: `MethodSettings.${disabled}.CacheDataEncrypted` });
    const all = entries.findIndex((entry) => isPlainObject(entry) && entry.HttpMethod === '*' && entry.ResourcePath === '/*');
    if (all < 0) {
      const unreadable = entries.some((entry) => !isPlainObject(entry) || typeof entry.HttpMethod !== 'string' || typeof entry.ResourcePath !== 'string');
      const finding: Finding = unreadable
        ? needsReview('a method setting cannot be read, so the tool cannot tell whether cache data is encrypted for all methods', { propertyPath: settings.path })
        : unaddressed('no method setting for all methods (HttpMethod *, ResourcePath /*) encrypts cache data', { propertyPath: settings.path });
      return finding;
    }
    return requireOn(stage.get(`MethodSettings.${all}.CacheDataEncrypted`), { absent: false, on: 'cache data is encrypted for all methods', off: 'cache data is not encrypted' });
  },
});
