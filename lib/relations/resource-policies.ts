/**
 * Which resource policies of a template apply to which S3 bucket, SQS queue and SNS topic.
 *
 * API (stable; the encryption-in-transit and identity-access rules rely on it):
 *
 * - `resourcePoliciesOf(resource)` → `ResourcePolicies` for an `AWS::S3::Bucket`, `AWS::SQS::Queue`
 *   or `AWS::SNS::Topic`:
 *   - `attached`: the policies that name the resource (by `Ref`/`Fn::GetAtt`, or by the literal
 *     name, URL or ARN that matches the resource's own literal name), each an `AttachedPolicy`;
 *   - `uncertain`: policies of the same kind whose target the tool cannot resolve (a parameter
 *     without a default, an import, a token): any of them may apply to this resource, so a rule that
 *     would pass thanks to one of them must answer needs-review.
 * - `policyTargetsOf(policy)` → the `PolicyTarget`s of one policy resource (`resource`, `external`
 *   when the name matches no resource of the stack, `unresolved`), for rules that look at policy
 *   resources themselves (a policy on a bucket of another stack).
 * - `AttachedPolicy`: `policy` (the policy's `ResourceModel`), `document` (`ParsedPolicy` from
 *   `policy-documents.ts`), `documentPath` (`PolicyDocument`), `onlyWhen` (template conditions under
 *   which the attachment exists: the policy's own `Condition` and `Fn::If` branches of its target).
 *
 * Policy types read: `AWS::S3::BucketPolicy` (`Bucket`), `AWS::SQS::QueuePolicy` (`Queues`),
 * `AWS::SQS::QueueInlinePolicy` (`Queue`), `AWS::SNS::TopicPolicy` (`Topics`),
 * `AWS::SNS::TopicInlinePolicy` (`TopicArn`). Built once per stack with `perStack`.
 */
import { perStack } from '../model/derived';
import type { ResourceModel } from '../model/resource';
import type { StackModel } from '../model/stack';
import { parsePolicyDocument, type ParsedPolicy } from './policy-documents';
import { policyTargets, type PolicyTarget, type TargetProperty } from './policy-targets';
import { addTo } from '../util/multimap';

export type { PolicyTarget } from './policy-targets';

export interface AttachedPolicy {
  readonly policy: ResourceModel;
  readonly documentPath: string;
  readonly document: ParsedPolicy;
  /** Template conditions under which the policy applies to the resource; empty when it always does. */
  readonly onlyWhen: readonly string[];
}

export interface UncertainPolicy extends AttachedPolicy {
  /** Why the target of the policy cannot be known, in the user's words. */
  readonly reason: string;
}

export interface ResourcePolicies {
  readonly attached: readonly AttachedPolicy[];
  readonly uncertain: readonly UncertainPolicy[];
}

interface PolicyKind {
  readonly policyType: string;
  /** Where the policy names its targets, and how a literal names one. */
  readonly target: TargetProperty;
  /** The target's own name property. */
  readonly nameProperty: string;
}

const afterLast = (separator: string) => (literal: string) => literal.slice(literal.lastIndexOf(separator) + 1);

const KINDS: readonly PolicyKind[] = [
  // Ref of a bucket is its name; an ARN literal (`arn:aws:s3:::name`) is not accepted by CloudFormation here.
  { policyType: 'AWS::S3::BucketPolicy', target: { property: 'Bucket', targetType: 'AWS::S3::Bucket', list: false, acceptsGetAtt: true }, nameProperty: 'BucketName' },
  // Ref of a queue is its URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`).
  { policyType: 'AWS::SQS::QueuePolicy', target: { property: 'Queues', targetType: 'AWS::SQS::Queue', list: true, acceptsGetAtt: true, nameOf: afterLast('/') }, nameProperty: 'QueueName' },
  { policyType: 'AWS::SQS::QueueInlinePolicy', target: { property: 'Queue', targetType: 'AWS::SQS::Queue', list: false, acceptsGetAtt: true, nameOf: afterLast('/') }, nameProperty: 'QueueName' },
  // Ref of a topic is its ARN (`arn:aws:sns:<region>:<account>:<name>`).
  { policyType: 'AWS::SNS::TopicPolicy', target: { property: 'Topics', targetType: 'AWS::SNS::Topic', list: true, acceptsGetAtt: true, nameOf: afterLast(':') }, nameProperty: 'TopicName' },
  { policyType: 'AWS::SNS::TopicInlinePolicy', target: { property: 'TopicArn', targetType: 'AWS::SNS::Topic', list: false, acceptsGetAtt: true, nameOf: afterLast(':') }, nameProperty: 'TopicName' },
];

export const POLICY_TYPES: readonly string[] = KINDS.map((kind) => kind.policyType);

const NONE: ResourcePolicies = { attached: [], uncertain: [] };

function listTargets(stack: StackModel, kind: PolicyKind, policy: ResourceModel, names: () => Map<string, string>): PolicyTarget[] {
  const onlyWhen = policy.condition ? [`${policy.condition}=true`] : [];
  return policyTargets(stack, kind.target, policy.get(kind.target.property).value, names, onlyWhen);
}

interface StackPolicies {
  readonly byTarget: Map<string, AttachedPolicy[]>;
  readonly uncertainByType: Map<string, UncertainPolicy[]>;
  readonly targetsOfPolicy: Map<string, readonly PolicyTarget[]>;
}

const policiesOfStack = perStack((stack): StackPolicies => {
  const byTarget = new Map<string, AttachedPolicy[]>();
  const uncertainByType = new Map<string, UncertainPolicy[]>();
  const targetsOfPolicy = new Map<string, readonly PolicyTarget[]>();
  for (const kind of KINDS) {
    const policies = stack.resourcesOfType(kind.policyType);
    if (policies.length === 0) continue;
    let names: Map<string, string> | undefined;
    // Literal names are rare (CDK always uses Ref): map names to resources only when one shows up.
    const nameIndex = (): Map<string, string> => {
      names ??= new Map(
        stack
          .resourcesOfType(kind.target.targetType)
          .flatMap((target) => {
            const name = target.get(kind.nameProperty).value;
            return typeof name === 'string' ? [[name, target.logicalId] as const] : [];
          }),
      );
      return names;
    };
    for (const policy of policies) {
      const document = parsePolicyDocument(policy.get('PolicyDocument').value, 'PolicyDocument');
      const targets = listTargets(stack, kind, policy, nameIndex);
      targetsOfPolicy.set(policy.logicalId, targets);
      for (const target of targets) {
        const attached = { policy, document, documentPath: 'PolicyDocument', onlyWhen: target.onlyWhen };
        if (target.kind === 'resource') {
          addTo(byTarget, target.logicalId, attached);
        } else if (target.kind === 'unresolved') {
          // Target reasons start with the property that names the target (`Bucket: ...`).
          addTo(uncertainByType, kind.target.targetType, { ...attached, reason: `${policy.logicalId}.${target.reason}` });
        }
      }
    }
  }
  return { byTarget, uncertainByType, targetsOfPolicy };
});

/** The policies that apply (or may apply) to a bucket, queue or topic of the stack. */
export function resourcePoliciesOf(resource: ResourceModel): ResourcePolicies {
  if (!KINDS.some((kind) => kind.target.targetType === resource.type)) return NONE;
  const index = policiesOfStack(resource.stack);
  return {
    attached: index.byTarget.get(resource.logicalId) ?? [],
    uncertain: index.uncertainByType.get(resource.type) ?? [],
  };
}

/** What one policy resource applies to. */
export function policyTargetsOf(policy: ResourceModel): readonly PolicyTarget[] {
  return policiesOfStack(policy.stack).targetsOfPolicy.get(policy.logicalId) ?? [];
}
