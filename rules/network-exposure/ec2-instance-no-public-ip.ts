import { addressed, asBoolean, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { describeValue, isPlainObject, Unresolved, type Resolved } from '../../lib/model/values';
import { subnetAssignsPublicIp } from './lib/subnet-public-ip';

function bySubnet(instance: ResourceModel, subnetId: Resolved, propertyPath: string): Finding {
  const subnet = subnetAssignsPublicIp(instance, subnetId);
  if (subnet.assigns === 'unknown') return needsReview(`whether the instance gets a public IP depends on its subnet: ${subnet.reason}`, { propertyPath });
  return subnet.assigns
    ? unaddressed('the instance gets a public IP address from its subnet\'s MapPublicIpOnLaunch', { propertyPath, evidence: subnet.evidence })
    : addressed('the subnet does not map public IPs and the instance does not ask for one', { propertyPath, evidence: subnet.evidence });
}

function interfaceFinding(instance: ResourceModel, index: number, nic: Resolved): Finding {
  const path = `NetworkInterfaces.${index}.AssociatePublicIpAddress`;
  if (!isPlainObject(nic)) return needsReview(`NetworkInterfaces.${index} is ${describeValue(nic)}`, { propertyPath: `NetworkInterfaces.${index}`, key: `eni-${index}` });
  const value = instance.get(path).value;
  if (value instanceof Unresolved) return needsReview(`${path} cannot be resolved: ${value.reason}`, { propertyPath: path, key: `eni-${index}` });
  if (nic.NetworkInterfaceId !== undefined) return addressed('an existing network interface is attached; EC2 assigns it no public IP at launch', { propertyPath: `NetworkInterfaces.${index}`, key: `eni-${index}` });
  if (value === undefined) return { ...bySubnet(instance, nic.SubnetId ?? instance.get('SubnetId').value, path), key: `eni-${index}` };
  const flag = asBoolean(value);
  if (flag === undefined) return needsReview(`${path} is ${describeValue(value)}, not a boolean`, { propertyPath: path, key: `eni-${index}` });
  return flag
    ? unaddressed(`${path} is true: the instance gets a public IP address`, { propertyPath: path, key: `eni-${index}` })
    : addressed(`${path} is false`, { propertyPath: path, key: `eni-${index}`, evidence: { description: `${path} = false`, propertyPath: path } });
}

/**
 * An interface without `AssociatePublicIpAddress` takes its subnet's `MapPublicIpOnLaunch`; the
 * rule follows the subnet when the template holds it. No subnet at all means the default VPC,
 * whose default subnets map public IPs.
 */
export default defineRule({
  id: 'SRM-NET-005',
  title: 'EC2 instances do not get public IP addresses',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'EC2_INSTANCE_NO_PUBLIC_IP',
    securityHub: ['EC2.9'],
    controlTower: ['CT.EC2.PR.8'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-EC2InstanceNoPublicIp'],
  },
  docs: {
    description: 'An instance with a public IP is one security group rule away from the internet; keeping instances private behind load balancers or NAT is the customer\'s network design.',
    addressedBy: '`AssociatePublicIpAddress: false` on each entry of `NetworkInterfaces`, or a subnet whose `MapPublicIpOnLaunch` is false.',
    default: 'Absent: the subnet decides (`MapPublicIpOnLaunch`, false unless set; default subnets of the default VPC set it). A subnet outside the template: needs-review.',
    fix: {
      cdk: "new ec2.Instance(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false, ... })",
      cloudformation: 'Declare `NetworkInterfaces` with `AssociatePublicIpAddress: false`, in a subnet whose `MapPublicIpOnLaunch` is false.',
    },
  },
  check(instance) {
    const nics = instance.get('NetworkInterfaces').value;
    if (nics === undefined) return bySubnet(instance, instance.get('SubnetId').value, 'SubnetId');
    if (!Array.isArray(nics)) {
      const reason = nics instanceof Unresolved ? nics.reason : `it is ${describeValue(nics)}, not a list`;
      return needsReview(`NetworkInterfaces cannot be read: ${reason}`, { propertyPath: 'NetworkInterfaces' });
    }
    return (nics as readonly Resolved[]).map((nic, index) => interfaceFinding(instance, index, nic));
  },
});
