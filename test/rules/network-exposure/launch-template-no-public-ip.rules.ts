import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/launch-template-no-public-ip';
import { testRule } from '../../support/rule-tester';

const template = (data: object) => ({ Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });

testRule(rule, [
  { name: 'no network interfaces', resources: template({ ImageId: 'ami-1' }), expect: 'addressed' },
  { name: 'AssociatePublicIpAddress false', resources: template({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] }), expect: 'addressed' },
  { name: 'AssociatePublicIpAddress true', resources: template({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }] }), expect: [{ status: 'unaddressed', key: 'eni-0' }] },
  {
    name: 'from a parameter without default',
    parameters: { P: { Type: 'String' } },
    resources: template({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: { Ref: 'P' } }] }),
    expect: 'needs-review',
  },
  { name: 'not a boolean', resources: template({ NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: 'yes' }] }), expect: 'needs-review' },
  { name: 'LaunchTemplate with associatePublicIpAddress', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'Lt', { associatePublicIpAddress: true }), expect: 'unaddressed' },
  { name: 'LaunchTemplate without it', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'Lt', { instanceType: new ec2.InstanceType('t3.micro') }), expect: 'addressed' },
]);
