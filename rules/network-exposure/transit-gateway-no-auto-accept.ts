import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-010',
  title: 'Transit gateways do not accept shared VPC attachments automatically',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::EC2::TransitGateway'],
  controls: {
    configRule: 'EC2_TRANSIT_GATEWAY_AUTO_VPC_ATTACH_DISABLED',
    securityHub: ['EC2.23'],
    controlTower: ['CT.EC2.PR.6'],
    nist80053: ['AC-4(21)', 'CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'With automatic acceptance any account the gateway is shared with can join its VPC to the routing domain without review.',
    addressedBy: '`AutoAcceptSharedAttachments: disable` or absent.',
    default: 'Absent: `disable`: addressed.',
    fix: {
      cdk: "new ec2.CfnTransitGateway(this, id, { autoAcceptSharedAttachments: 'disable', ... })",
      cloudformation: 'Remove `AutoAcceptSharedAttachments` or set it to `disable`.',
    },
  },
  check: (gateway) =>
    decideText(gateway.get('AutoAcceptSharedAttachments'), (value) =>
      value === undefined
        ? pass('AutoAcceptSharedAttachments is not set, so it is disabled')
        : value.toLowerCase() === 'enable'
          ? fail('AutoAcceptSharedAttachments is enable: shared VPC attachments join without review')
          : pass(`AutoAcceptSharedAttachments is ${value}`),
    ),
});
