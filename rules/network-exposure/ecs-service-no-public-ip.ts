import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-014',
  title: 'ECS services do not assign public IP addresses to tasks',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::ECS::Service'],
  controls: {
    configRule: 'ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED',
    securityHub: ['ECS.2'],
    controlTower: ['CT.ECS.PR.9'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
  },
  docs: {
    description: 'A task with a public IP is directly reachable from the internet through its security group; services normally sit behind a load balancer.',
    addressedBy: '`NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp: DISABLED` or absent.',
    default: 'Absent: `DISABLED`: addressed. A service without `AwsvpcConfiguration` (bridge or host mode) gives tasks no address of their own: not applicable.',
    fix: {
      cdk: 'new ecs.FargateService(this, id, { assignPublicIp: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
      cloudformation: 'Set `AssignPublicIp: DISABLED` in `NetworkConfiguration.AwsvpcConfiguration`.',
    },
  },
  check(service) {
    if (service.get('NetworkConfiguration.AwsvpcConfiguration').value === undefined) return undefined;
    return decideText(service.get('NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp'), (value) =>
      value === undefined
        ? pass('AssignPublicIp is not set, so it is DISABLED')
        : value.toUpperCase() === 'ENABLED'
          ? fail('AssignPublicIp is ENABLED: every task gets a public IP address')
          : pass(`AssignPublicIp is ${value}`),
    );
  },
});
