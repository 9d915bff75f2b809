/** Judges a database's administrator user name against the engine defaults attackers try first; not a rule. */
import { addressed, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { describeValue } from '../../../lib/model/values';
import { rawAt, requireString } from './support';

/**
 * CDK's generated credentials put the name in the secret's `SecretStringTemplate` and give the
 * database `{{resolve:secretsmanager:<Ref secret>:SecretString:username::}}`: read it from there.
 */
function nameFromTemplateSecret(resource: ResourceModel, path: string): { name: string; secret: string } | undefined {
  const key = /:SecretString:([^:"}]+)/.exec(JSON.stringify(rawAt(resource, path)) ?? '')?.[1];
  if (!key) return undefined;
  const edge = resource.stack.index.references(resource.logicalId).find((e) => e.path === path || e.path.startsWith(`${path}.`));
  const secret = edge && resource.stack.resource(edge.target);
  if (!secret || secret.type !== 'AWS::SecretsManager::Secret') return undefined;
  const text = secret.get('GenerateSecretString.SecretStringTemplate').value ?? secret.get('SecretString').value;
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const name = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[key] : undefined;
    return typeof name === 'string' ? { name, secret: secret.logicalId } : undefined;
  } catch {
    return undefined;
  }
}

export function adminUsernameFinding(resource: ResourceModel, defaults: readonly string[], path = 'MasterUsername'): Finding | undefined {
  const lookup = resource.get(path);
  if (lookup.value === undefined) return undefined;
  const isDefault = (name: string) => defaults.includes(name.trim().toLowerCase());
  const fromSecret = nameFromTemplateSecret(resource, path);
  if (fromSecret) {
    const options = { propertyPath: path, evidence: { description: `${path} comes from secret ${fromSecret.secret}, whose template sets it to ${fromSecret.name}`, logicalId: fromSecret.secret, propertyPath: path } };
    return isDefault(fromSecret.name)
      ? unaddressed(`the administrator user name is the default ${fromSecret.name} (from secret ${fromSecret.secret})`, options)
      : addressed(`the administrator user name ${fromSecret.name} (from secret ${fromSecret.secret}) is not a default`, options);
  }
  if (typeof lookup.value === 'string' && lookup.value.includes('{{resolve:')) {
    return needsReview(`${path} is a dynamic reference resolved at deploy time: ${describeValue(lookup.value)}`, { propertyPath: path });
  }
  return requireString(lookup, { ok: true, message: `${path} is not set` }, (value) =>
    isDefault(value) ? { ok: false, message: `the administrator user name is the default ${value}` } : { ok: true, message: `the administrator user name ${value} is not a default` },
  );
}
