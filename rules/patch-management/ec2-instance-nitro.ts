import { defineRule } from '../../lib/engine/rule';
import { judgeInstance } from '../encryption-in-transit/instance-source';

export default defineRule({
  id: 'SRM-PAT-029',
  title: 'EC2 instance uses a Nitro instance type',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    controlTower: ['CT.EC2.PR.16'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Instance types built on the AWS Nitro System offload virtualization to dedicated hardware with a locked-down, continuously verified firmware; Xen-based previous-generation types lack those protections.',
    addressedBy: '`InstanceType` (or the `InstanceType` of the launch template the instance names) is a type built on the AWS Nitro System.',
    default: 'Without an instance type EC2 launches `m1.small`, a Xen type: unaddressed. A family this tool does not know yet (newly launched) is needs-review.',
    fix: {
      cdk: "new ec2.Instance(this, 'Host', { instanceType: new ec2.InstanceType('m7g.large'), ... })",
      cloudformation: 'Set `InstanceType` to a Nitro type (for example `m7i.large`, `t3.micro`, `c7g.xlarge`).',
    },
  },
  check(instance) {
    return judgeInstance(instance, 'nitro');
  },
});
