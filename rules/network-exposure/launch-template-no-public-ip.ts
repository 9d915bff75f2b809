import { addressed, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue, Unresolved, type Resolved } from '../../lib/model/values';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-007',
  title: 'EC2 launch templates do not assign public IP addresses',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    configRule: 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED',
    securityHub: ['EC2.25'],
    controlTower: ['CT.EC2.PR.9'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
  },
  docs: {
    description: 'Every instance launched from the template inherits its network interfaces; a public IP there exposes the whole fleet.',
    addressedBy: '`AssociatePublicIpAddress` false or absent on each `LaunchTemplateData.NetworkInterfaces` entry.',
    default: 'Absent: the launch subnet\'s `MapPublicIpOnLaunch` decides, which SRM-NET-008 checks on the subnets: addressed here.',
    fix: {
      cdk: 'new ec2.LaunchTemplate(this, id, { associatePublicIpAddress: false, ... })',
      cloudformation: 'Set `AssociatePublicIpAddress: false` (or leave it out) in each `LaunchTemplateData.NetworkInterfaces` entry.',
    },
  },
  check(template) {
    const nics = template.get('LaunchTemplateData.NetworkInterfaces').value;
    if (nics === undefined) return addressed('the launch template declares no network interfaces, so it asks for no public IP');
    if (!Array.isArray(nics)) {
      const reason = nics instanceof Unresolved ? nics.reason : `it is ${describeValue(nics)}, not a list`;
      return needsReview(`LaunchTemplateData.NetworkInterfaces cannot be read: ${reason}`, { propertyPath: 'LaunchTemplateData.NetworkInterfaces' });
    }
    return (nics as readonly Resolved[]).map((_nic, index) =>
      decideBoolean(
        template.get(`LaunchTemplateData.NetworkInterfaces.${index}.AssociatePublicIpAddress`),
        {
          true: fail('AssociatePublicIpAddress is true: instances launched from the template get public IP addresses'),
          false: pass('AssociatePublicIpAddress is false'),
          absent: pass('AssociatePublicIpAddress is not set: the subnet decides'),
        },
        `eni-${index}`,
      ),
    );
  },
});
