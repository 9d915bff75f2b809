import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/transit-gateway-no-auto-accept';
import { testRule } from '../../support/rule-tester';

const tgw = (properties: object) => ({ Tgw: { Type: 'AWS::EC2::TransitGateway', Properties: properties } });

testRule(rule, [
  { name: 'absent', resources: tgw({}), expect: 'addressed' },
  { name: 'disable', resources: tgw({ AutoAcceptSharedAttachments: 'disable' }), expect: 'addressed' },
  { name: 'enable', resources: tgw({ AutoAcceptSharedAttachments: 'enable' }), expect: 'unaddressed' },
  { name: 'import', resources: tgw({ AutoAcceptSharedAttachments: { 'Fn::ImportValue': 'x' } }), expect: 'needs-review' },
  { name: 'CfnTransitGateway enable', cdk: (stack) => void new ec2.CfnTransitGateway(stack, 'Tgw', { autoAcceptSharedAttachments: 'enable' }), expect: 'unaddressed' },
  { name: 'CfnTransitGateway default', cdk: (stack) => void new ec2.CfnTransitGateway(stack, 'Tgw', {}), expect: 'addressed' },
]);
