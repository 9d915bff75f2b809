/**
 * The one evaluation of security group ingress shared by every security group rule: which rules
 * let the whole internet (`0.0.0.0/0`, `::/0`) reach ports a policy objects to.
 *
 * Results stand on the security group, with the ingress resource that opened the port as evidence
 * and the resources that use the group listed as what it exposes. A standalone
 * `AWS::EC2::SecurityGroupIngress` whose group is not in the template (imported, looked up, a
 * parameter) is judged on its own: it is the only thing the template can change.
 */
import { addressed, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { CheckOutput, Evidence, Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import {
  SECURITY_GROUP,
  describePorts,
  describeSource,
  exposureEvidence,
  ingressRulesFor,
  isWorld,
  type IngressPorts,
  type IngressRule,
  type IngressSource,
} from '../../../lib/relations/security-groups';

export interface PortPolicy {
  /** What the policy guards, for the addressed message: `high-risk ports`, `ports other than 80 and 443`. */
  readonly guards: string;
  /** Why these ports must stay closed to the internet, in words; undefined when the ports are fine. */
  offending(ports: IngressPorts): string | undefined;
}

type Exposure = { readonly open: 'world' | 'closed' } | { readonly open: 'unknown'; readonly reason: string };

function exposureOf(source: IngressSource): Exposure {
  switch (source.kind) {
    case 'cidr4':
    case 'cidr6':
      return { open: isWorld(source.cidr) ? 'world' : 'closed' };
    case 'group':
    case 'network':
      return { open: 'closed' };
    case 'prefixList':
      if (source.cidrs) return { open: source.cidrs.some(isWorld) ? 'world' : 'closed' };
      return { open: 'unknown', reason: `the entries of prefix list ${source.id} are not in the template` };
    default:
      return { open: 'unknown', reason: source.reason };
  }
}

function originEvidence(resource: ResourceModel, rule: IngressRule): Evidence {
  const what = `${describePorts(rule.ports)} from ${describeSource(rule.source)}`;
  if (rule.origin.logicalId === resource.logicalId) {
    return { description: `ingress rule ${what}${rule.origin.propertyPath ? ` at ${rule.origin.propertyPath}` : ''}`, propertyPath: rule.origin.propertyPath };
  }
  return { description: `ingress rule ${what} declared by AWS::EC2::SecurityGroupIngress ${rule.origin.logicalId}`, logicalId: rule.origin.logicalId };
}

function where(resource: ResourceModel, rule: IngressRule): string {
  const via = rule.origin.logicalId === resource.logicalId ? '' : ` by ingress resource ${rule.origin.logicalId}`;
  const when = rule.conditions.length > 0 ? ` (when ${rule.conditions.join(', ')})` : '';
  return `${via}${when}`;
}

function judgeRule(resource: ResourceModel, rule: IngressRule, policy: PortPolicy): Omit<Finding, 'key'> | undefined {
  const exposure = exposureOf(rule.source);
  if (exposure.open === 'closed') return undefined;
  const options = { propertyPath: rule.origin.logicalId === resource.logicalId ? rule.origin.propertyPath : undefined };
  if (rule.ports.kind === 'unresolved') {
    return needsReview(`an ingress rule from ${describeSource(rule.source)}${where(resource, rule)} has ports the tool cannot resolve: ${rule.ports.reason}`, options);
  }
  const offending = policy.offending(rule.ports);
  if (offending === undefined) return undefined;
  if (exposure.open === 'unknown') {
    return needsReview(`${offending} is open to a source the tool cannot resolve${where(resource, rule)}: ${exposure.reason}`, options);
  }
  return unaddressed(`${offending} is open to the internet (${describeSource(rule.source)})${where(resource, rule)}`, options);
}

/**
 * One finding per open rule (keyed `tcp/22 from 0.0.0.0/0`), or one addressed finding when no
 * rule opens what the policy guards. Undefined for an ingress resource reported on its group.
 */
export function evaluateIngress(resource: ResourceModel, policy: PortPolicy): CheckOutput {
  const rules = ingressRulesFor(resource);
  if (rules === undefined) return undefined;
  const exposes = resource.type === SECURITY_GROUP ? exposureEvidence(resource) : [];
  const byKey = new Map<string, Finding>();
  for (const rule of rules) {
    const verdict = judgeRule(resource, rule, policy);
    if (!verdict) continue;
    const key = `${describePorts(rule.ports)} from ${describeSource(rule.source)}`;
    const earlier = byKey.get(key);
    const evidence = [...(earlier?.evidence ?? []), originEvidence(resource, rule)];
    // The same opening declared twice (inline and by a resource, or in two branches) is one finding.
    const finding = earlier && earlier.status === 'unaddressed' ? earlier : verdict;
    byKey.set(key, { ...finding, key, evidence: earlier ? evidence : [...evidence, ...exposes] });
  }
  if (byKey.size > 0) return [...byKey.values()];
  const checked = rules.length === 0 ? 'the group has no ingress rules' : `${rules.length} ingress rule(s) checked`;
  return addressed(`no ingress rule opens ${policy.guards} to 0.0.0.0/0 or ::/0`, { evidence: { description: checked } });
}
