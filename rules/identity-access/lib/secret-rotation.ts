/** Which secrets of a stack have a rotation schedule: built once per stack, looked up per secret; not a rule. */
import { perStack } from '../../../lib/model/derived';
import type { StackModel } from '../../../lib/model/stack';
import { ResourceReference } from '../../../lib/model/values';
import { addTo } from '../../../lib/util/multimap';

export interface RotationIndex {
  /** Secret logical id → rotation schedules that target it (directly or through a SecretTargetAttachment). */
  readonly bySecret: ReadonlyMap<string, readonly string[]>;
  /** Literal `SecretId` (a name or ARN) → rotation schedules, for secrets with a literal `Name`. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** Schedules whose `SecretId` cannot be resolved: any secret may be theirs. */
  readonly unresolved: readonly string[];
}


/** A SecretTargetAttachment's `Ref` is the secret's ARN, so schedules often target the attachment. */
function secretBehind(stack: StackModel, reference: ResourceReference): string {
  const target = stack.resource(reference.logicalId);
  if (target?.type !== 'AWS::SecretsManager::SecretTargetAttachment') return reference.logicalId;
  const secret = target.get('SecretId').value;
  return secret instanceof ResourceReference ? secret.logicalId : reference.logicalId;
}

export const rotationIndex = perStack((stack): RotationIndex => {
  const bySecret = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const schedule of stack.resourcesOfType('AWS::SecretsManager::RotationSchedule')) {
    const secret = schedule.get('SecretId').value;
    if (secret instanceof ResourceReference && secret.stackId === undefined) addTo(bySecret, secretBehind(stack, secret), schedule.logicalId);
    else if (typeof secret === 'string') addTo(byName, secret, schedule.logicalId);
    else unresolved.push(schedule.logicalId);
  }
  return { bySecret, byName, unresolved };
});
