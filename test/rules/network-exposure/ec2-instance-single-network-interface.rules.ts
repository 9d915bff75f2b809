import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/ec2-instance-single-network-interface';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...properties } } });
const eni = (index: number) => ({ DeviceIndex: String(index), SubnetId: 'subnet-1' });

testRule(rule, [
  { name: 'no NetworkInterfaces', resources: instance({ SubnetId: 'subnet-1' }), expect: 'addressed' },
  { name: 'one interface', resources: instance({ NetworkInterfaces: [eni(0)] }), expect: 'addressed' },
  { name: 'two interfaces', resources: instance({ NetworkInterfaces: [eni(0), eni(1)] }), expect: [{ status: 'unaddressed', message: /2 network interfaces/ }] },
  { name: 'interfaces from an import', resources: instance({ NetworkInterfaces: { 'Fn::ImportValue': 'enis' } }), expect: 'needs-review' },
  {
    name: 'Instance construct',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new ec2.Instance(stack, 'I', { vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() });
    },
    expect: 'addressed',
  },
  {
    name: 'CfnInstance with two interfaces',
    cdk: (stack) => void new ec2.CfnInstance(stack, 'I', { imageId: 'ami-1', networkInterfaces: [{ deviceIndex: '0', subnetId: 's-1' }, { deviceIndex: '1', subnetId: 's-2' }] }),
    expect: 'unaddressed',
  },
]);
