/**
 * Resources that switch logging on for another resource from the outside: a WAFv2
 * `LoggingConfiguration` naming a web ACL, a Network Firewall `LoggingConfiguration` naming a
 * firewall, a flow log naming a VPC (see flow-logs.ts).
 *
 * API:
 * - `attachmentIndex({ sourceType, targetProperty, accept? })` → a per-stack index function (built
 *   once per stack with `perStack`) of which source resources point at which target resource by
 *   `Ref`/`Fn::GetAtt`/`Fn::Sub` in `targetProperty`.
 * - `coverageOf(resource, index, noun)` → `LogCoverage`: `covered` (with the sources as evidence),
 *   `not-covered`, or `unknown` when a source exists only under an undecided condition or names a
 *   target the tool cannot resolve (a parameter, an import): such a source may be the one that
 *   covers this resource, so the answer is never `covered` on its strength.
 */
import type { Evidence } from '../engine/rule';
import { perStack } from '../model/derived';
import type { ResourceModel } from '../model/resource';
import type { StackModel } from '../model/stack';
import { ResourceReference, Unresolved, branchesOf, type Resolved } from '../model/values';

export interface Attachment {
  readonly source: ResourceModel;
  /** Template conditions under which the attachment exists; empty when it always does. */
  readonly onlyWhen: readonly string[];
}

export interface UncertainAttachment {
  readonly source: ResourceModel;
  readonly reason: string;
}

export interface AttachmentIndex {
  readonly byTarget: ReadonlyMap<string, readonly Attachment[]>;
  readonly uncertain: readonly UncertainAttachment[];
}

export interface AttachmentKind {
  readonly sourceType: string;
  readonly targetProperty: string;
  /**
   * Whether a source applies to the kind of target at all (a flow log on a subnet is not one on a
   * VPC): `true`, `false`, or a reason why the tool cannot tell.
   */
  readonly accept?: (source: ResourceModel) => true | false | string;
}

export interface LogCoverage {
  readonly state: 'covered' | 'not-covered' | 'unknown';
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** The source's own `Condition`: undefined when it is never created, else the undecided conditions it needs. */
function conditionsOf(source: ResourceModel): string[] | undefined {
  const name = source.condition;
  if (name === undefined) return [];
  const decided = source.stack.resolver.condition(name);
  if (decided === false) return undefined;
  return decided === true ? [] : [name];
}

function build(stack: StackModel, kind: AttachmentKind): AttachmentIndex {
  const byTarget = new Map<string, Attachment[]>();
  const uncertain: UncertainAttachment[] = [];
  for (const source of stack.resourcesOfType(kind.sourceType)) {
    const own = conditionsOf(source);
    if (own === undefined) continue;
    const accepted = kind.accept ? kind.accept(source) : true;
    if (accepted === false) continue;
    if (typeof accepted === 'string') {
      uncertain.push({ source, reason: accepted });
      continue;
    }
    const value: Resolved = source.get(kind.targetProperty).value;
    for (const branch of branchesOf(value)) {
      if (branch.value instanceof ResourceReference && branch.value.stackId === undefined) {
        const list = byTarget.get(branch.value.logicalId) ?? [];
        list.push({ source, onlyWhen: [...own, ...branch.conditions] });
        byTarget.set(branch.value.logicalId, list);
      } else if (branch.value instanceof Unresolved) {
        uncertain.push({ source, reason: `${kind.targetProperty} of ${source.logicalId} cannot be resolved: ${branch.value.reason}` });
      }
      // A literal ARN or id names a resource outside this template.
    }
  }
  return { byTarget, uncertain };
}

export function attachmentIndex(kind: AttachmentKind): (stack: StackModel) => AttachmentIndex {
  return perStack((stack) => build(stack, kind));
}

/** Whether some source of the index switches logging on for `resource`; `noun` names the source in messages. */
export function coverageOf(resource: ResourceModel, index: AttachmentIndex, noun: string): LogCoverage {
  const attachments = index.byTarget.get(resource.logicalId) ?? [];
  const evidenceOf = (attachment: Attachment): Evidence => ({
    description: `${noun} ${attachment.source.logicalId} targets ${resource.logicalId}${attachment.onlyWhen.length ? ` when ${attachment.onlyWhen.join(', ')}` : ''}`,
    logicalId: attachment.source.logicalId,
  });
  const always = attachments.filter((attachment) => attachment.onlyWhen.length === 0);
  if (always.length > 0) {
    return { state: 'covered', message: `${noun} ${always.map((a) => a.source.logicalId).join(', ')} covers it`, evidence: always.map(evidenceOf) };
  }
  if (attachments.length > 0) {
    return {
      state: 'unknown',
      message: `${noun} ${attachments.map((a) => a.source.logicalId).join(', ')} covers it only when ${attachments.flatMap((a) => a.onlyWhen).join(', ')}, which the template does not decide`,
      evidence: attachments.map(evidenceOf),
    };
  }
  if (index.uncertain.length > 0) {
    return {
      state: 'unknown',
      message: `no ${noun} names it, but ${index.uncertain.map((u) => u.reason).join('; ')}`,
      evidence: index.uncertain.map((u) => ({ description: u.reason, logicalId: u.source.logicalId })),
    };
  }
  return { state: 'not-covered', message: `no ${noun} in the template targets it`, evidence: [] };
}
