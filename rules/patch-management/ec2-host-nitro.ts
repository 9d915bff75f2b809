import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { classifyPattern, judgeInstanceType } from '../encryption-in-transit/instance-types';

export default defineRule({
  id: 'SRM-PAT-031',
  title: 'EC2 Dedicated Host supports a Nitro instance type',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Host'],
  controls: {
    controlTower: ['CT.EC2.PR.17'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'A Dedicated Host runs only the type or family it is allocated for; a Xen-based family keeps every instance on it off the Nitro System.',
    addressedBy: '`InstanceType` is a Nitro type, or `InstanceFamily` is a Nitro family (e.g. `m5`, `c7g`).',
    default: 'CloudFormation requires one of the two; a template with neither cannot be judged: needs-review. Unknown (new) families: needs-review.',
    fix: {
      cdk: "new ec2.CfnHost(this, 'Host', { availabilityZone: 'eu-west-1a', instanceFamily: 'm7i' })",
      cloudformation: 'Set `InstanceFamily` (or `InstanceType`) to a family built on the AWS Nitro System.',
    },
  },
  check(host) {
    const type = host.get('InstanceType');
    if (type.value !== undefined) return judgeInstanceType(type, 'nitro', { review: 'no type' });
    const family = host.get('InstanceFamily');
    if (family.value === undefined) return needsReview('the host sets neither InstanceType nor InstanceFamily', { propertyPath: 'InstanceFamily' });
    return judge(family, (value) => {
      if (typeof value !== 'string') return { review: 'InstanceFamily is not a string' };
      const answer = classifyPattern(`${value}.*`, 'nitro');
      if (answer === 'yes') return { ok: true, message: `family ${value} is built on the AWS Nitro System` };
      if (answer === 'no') return { ok: false, message: `family ${value} runs on the Xen hypervisor, not the AWS Nitro System` };
      return { review: `${value} is not a known instance family; check whether it is built on the AWS Nitro System` };
    });
  },
});
