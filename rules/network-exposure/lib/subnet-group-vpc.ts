/**
 * Whether the VPC behind an RDS subnet group has an internet gateway, followed through the
 * template: subnet group → its subnets → their VPC → an `AWS::EC2::VPCGatewayAttachment` with an
 * `InternetGatewayId`. Each step is a reference lookup (the reference index), never a stack scan.
 * RDS makes a database without `PubliclyAccessible` public exactly when that gateway exists.
 */
import type { Evidence } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { ResourceReference, describeValue, type Resolved } from '../../../lib/model/values';

export type GatewayVerdict =
  | { readonly state: 'internet-gateway'; readonly evidence: Evidence[] }
  | { readonly state: 'no-internet-gateway'; readonly evidence: Evidence[] }
  | { readonly state: 'unknown'; readonly reason: string };

function local(resource: ResourceModel, value: Resolved, type: string): ResourceModel | undefined {
  if (!(value instanceof ResourceReference) || value.stackId) return undefined;
  const target = resource.stack.resource(value.logicalId);
  return target?.type === type ? target : undefined;
}

export function subnetGroupGateway(database: ResourceModel, subnetGroupName: Resolved): GatewayVerdict {
  const group = local(database, subnetGroupName, 'AWS::RDS::DBSubnetGroup');
  if (!group) return { state: 'unknown', reason: `the subnet group ${describeValue(subnetGroupName)} is not a resource of this template` };
  const subnets = group.get('SubnetIds').value;
  if (!Array.isArray(subnets) || subnets.length === 0) return { state: 'unknown', reason: `the subnets of ${group.logicalId} cannot be resolved` };
  const vpcs = new Set<string>();
  for (const subnetId of subnets as readonly Resolved[]) {
    const subnet = local(database, subnetId, 'AWS::EC2::Subnet');
    const vpc = subnet ? local(subnet, subnet.get('VpcId').value, 'AWS::EC2::VPC') : undefined;
    if (!vpc) return { state: 'unknown', reason: `the VPC of subnet ${describeValue(subnetId)} is not a resource of this template` };
    vpcs.add(vpc.logicalId);
  }
  const evidence: Evidence[] = [{ description: `subnet group ${group.logicalId} is in VPC ${[...vpcs].join(', ')}`, logicalId: group.logicalId }];
  for (const vpcId of vpcs) {
    for (const edge of database.stack.index.referrers(vpcId, { property: 'VpcId' })) {
      const attachment = database.stack.resource(edge.source);
      if (attachment?.type === 'AWS::EC2::VPCGatewayAttachment' && attachment.get('InternetGatewayId').value !== undefined) {
        evidence.push({ description: `VPC ${vpcId} has an internet gateway (${attachment.logicalId})`, logicalId: attachment.logicalId });
        return { state: 'internet-gateway', evidence };
      }
    }
  }
  evidence.push({ description: `no internet gateway is attached to VPC ${[...vpcs].join(', ')} in this template` });
  return { state: 'no-internet-gateway', evidence };
}
