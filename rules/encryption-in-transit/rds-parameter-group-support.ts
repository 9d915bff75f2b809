/** Which parameter makes an RDS engine refuse unencrypted connections, and how to read it. */
import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import type { Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { ConditionalValue, Unresolved, isPlainObject } from '../../lib/model/values';

export interface TlsParameter {
  readonly name: 'require_secure_transport' | 'rds.force_ssl';
  /** Whether the engine already refuses plain connections when the parameter is not set. */
  readonly onByDefault: boolean;
}

const ON = new Set(['1', 'on', 'true']);

/** `families` maps a family prefix to its parameter; the first match wins, so list longer prefixes first. */
export function tlsParameterOf(family: string, families: readonly (readonly [string, TlsParameter['name']])[]): TlsParameter | undefined {
  const lower = family.toLowerCase();
  const match = families.find(([prefix]) => lower.startsWith(prefix));
  if (!match) return undefined;
  // RDS for PostgreSQL 15 and later ship with rds.force_ssl = 1 in the default parameter values.
  const postgres = /^postgres(\d+)/.exec(lower);
  const onByDefault = match[1] === 'rds.force_ssl' && postgres !== null && Number(postgres[1]) >= 15;
  return { name: match[1], onByDefault };
}

export function parameterGroupFinding(group: ResourceModel, families: readonly (readonly [string, TlsParameter['name']])[]): Finding | undefined {
  const family = group.get('Family').value;
  if (typeof family !== 'string') return needsReview(`Family cannot be resolved${family instanceof Unresolved ? `: ${family.reason}` : ''}`, { propertyPath: 'Family' });
  const parameter = tlsParameterOf(family, families);
  if (!parameter) return undefined; // engines that enforce TLS some other way (Oracle option groups) or not at all
  const parameters = group.get('Parameters').value;
  if (parameters instanceof Unresolved || parameters instanceof ConditionalValue) {
    return needsReview(`Parameters cannot be resolved${parameters instanceof Unresolved ? `: ${parameters.reason}` : ''}`, { propertyPath: 'Parameters' });
  }
  if (parameters !== undefined && !isPlainObject(parameters)) return needsReview('Parameters is not a map', { propertyPath: 'Parameters' });
  const path = `Parameters.${parameter.name}`;
  const value = parameters?.[parameter.name];
  if (value === undefined) {
    return parameter.onByDefault
      ? addressed(`${parameter.name} is not set, and ${family} requires SSL by default`, { propertyPath: path })
      : unaddressed(`${parameter.name} is not set, so ${family} accepts unencrypted connections`, { propertyPath: path });
  }
  if (value instanceof Unresolved || value instanceof ConditionalValue) return needsReview(`${path} cannot be resolved`, { propertyPath: path });
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return needsReview(`${path} is not a plain value`, { propertyPath: path });
  return ON.has(String(value).toLowerCase())
    ? addressed(`${parameter.name} = ${String(value)} requires TLS connections`, { propertyPath: path, evidence: { description: `${path} = ${String(value)}`, propertyPath: path } })
    : unaddressed(`${parameter.name} = ${String(value)}, so unencrypted connections are accepted`, { propertyPath: path, evidence: { description: `${path} = ${String(value)}`, propertyPath: path } });
}
