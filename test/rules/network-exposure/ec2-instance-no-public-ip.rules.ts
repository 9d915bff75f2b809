import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/ec2-instance-no-public-ip';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...properties } } });
const subnet = (map?: boolean) => ({ Sn: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', ...(map === undefined ? {} : { MapPublicIpOnLaunch: map }) } } });
const nic = (extra: object) => ({ NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: 'subnet-1', ...extra }] });

const instanceIn = (subnetType: ec2.SubnetType) => (stack: import('aws-cdk-lib').Stack) => {
  const vpc = new ec2.Vpc(stack, 'Vpc');
  new ec2.Instance(stack, 'I', { vpc, vpcSubnets: { subnetType }, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() });
};

testRule(rule, [
  { name: 'interface with AssociatePublicIpAddress false', resources: instance(nic({ AssociatePublicIpAddress: false })), expect: 'addressed' },
  { name: 'interface with AssociatePublicIpAddress true', resources: instance(nic({ AssociatePublicIpAddress: true })), expect: [{ status: 'unaddressed', key: 'eni-0', propertyPath: 'NetworkInterfaces.0.AssociatePublicIpAddress' }] },
  { name: 'subnet of the template without MapPublicIpOnLaunch', resources: { ...instance({ SubnetId: { Ref: 'Sn' } }), ...subnet() }, expect: 'addressed' },
  { name: 'subnet of the template mapping public IPs', resources: { ...instance({ SubnetId: { Ref: 'Sn' } }), ...subnet(true) }, expect: [{ status: 'unaddressed', message: /MapPublicIpOnLaunch/ }] },
  { name: 'no subnet: default VPC', resources: instance({}), expect: 'unaddressed' },
  { name: 'subnet outside the template', resources: instance({ SubnetId: 'subnet-123' }), expect: 'needs-review' },
  {
    name: 'AssociatePublicIpAddress from a parameter without default',
    parameters: { Public: { Type: 'String' } },
    resources: instance(nic({ AssociatePublicIpAddress: { Ref: 'Public' } })),
    expect: [{ status: 'needs-review', message: /parameter Public/ }],
  },
  { name: 'NetworkInterfaces is not a list', resources: instance({ NetworkInterfaces: 'eni-1' }), expect: 'needs-review' },
  { name: 'instance in a private subnet', cdk: instanceIn(ec2.SubnetType.PRIVATE_WITH_EGRESS), expect: 'addressed' },
  { name: 'instance in a public subnet', cdk: instanceIn(ec2.SubnetType.PUBLIC), expect: 'unaddressed' },
]);
