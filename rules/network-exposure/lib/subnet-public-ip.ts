/**
 * Whether a subnet hands out public IPv4 addresses to interfaces that do not say: its
 * `MapPublicIpOnLaunch` when the subnet is a resource of the template (absent means false), the
 * default subnet of the default VPC (which does) when no subnet is given, unknown otherwise.
 */
import { asBoolean } from '../../../lib/engine/findings';
import type { Evidence } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { ResourceReference, describeValue, type Resolved } from '../../../lib/model/values';

export type SubnetDefault = { readonly assigns: boolean; readonly evidence: Evidence } | { readonly assigns: 'unknown'; readonly reason: string };

export function subnetAssignsPublicIp(resource: ResourceModel, subnetId: Resolved): SubnetDefault {
  if (subnetId === undefined) {
    return { assigns: true, evidence: { description: 'no subnet given: the default subnet of the default VPC, which maps public IPs on launch' } };
  }
  const subnet = subnetId instanceof ResourceReference && !subnetId.stackId ? resource.stack.resource(subnetId.logicalId) : undefined;
  if (subnet?.type !== 'AWS::EC2::Subnet') return { assigns: 'unknown', reason: `subnet ${describeValue(subnetId)} is not a resource of this template` };
  const map = subnet.get('MapPublicIpOnLaunch').value;
  const flag = map === undefined ? false : asBoolean(map);
  if (flag === undefined) return { assigns: 'unknown', reason: `MapPublicIpOnLaunch of ${subnet.logicalId} is ${describeValue(map)}` };
  return { assigns: flag, evidence: { description: `subnet ${subnet.logicalId} MapPublicIpOnLaunch = ${describeValue(map)}`, logicalId: subnet.logicalId, propertyPath: 'MapPublicIpOnLaunch' } };
}
