import { defineRule } from '../../lib/engine/rule';
import { judgeInstance } from './instance-source';

export default defineRule({
  id: 'SRM-EIT-032',
  title: 'EC2 instance uses a Nitro type that encrypts traffic between instances',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    controlTower: ['CT.EC2.PR.19'],
    nist80053: ['AC-4', 'CA-9(1)', 'CM-2', 'SC-13', 'SC-23', 'SC-8', 'SC-8(1)'],
  },
  docs: {
    description: 'Some Nitro instance types encrypt all traffic to other such instances in the same VPC (or peered VPCs) in hardware, with 256-bit AEAD; on other types traffic between instances is only as protected as the application makes it.',
    addressedBy: '`InstanceType` (or that of the launch template the instance names) is a Nitro type that supports automatic encryption in transit between instances.',
    default: 'Without an instance type EC2 launches `m1.small`, which does not encrypt: unaddressed. An unknown (new) family is needs-review. Traffic through a load balancer, transit gateway or other virtual device is not covered by this encryption whatever the type.',
    fix: {
      cdk: "new ec2.Instance(this, 'Host', { instanceType: new ec2.InstanceType('m6i.large'), ... })",
      cloudformation: 'Set `InstanceType` to a type that encrypts in transit (for example `m6i`, `c7g`, `r7i`, `m5n`).',
    },
  },
  check(instance) {
    return judgeInstance(instance, 'transit');
  },
});
