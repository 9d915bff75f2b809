import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/logging-monitoring/ec2-instance-detailed-monitoring';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Instance: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...properties } } });
const build = (detailedMonitoring?: boolean) => (stack: import('aws-cdk-lib').Stack) =>
  void new ec2.Instance(stack, 'Instance', {
    vpc: new ec2.Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PUBLIC }] }),
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    instanceType: new ec2.InstanceType('t3.micro'),
    machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-1' }),
    detailedMonitoring,
  });

testRule(rule, [
  { name: 'monitoring on', resources: instance({ Monitoring: true }), expect: 'addressed' },
  { name: 'monitoring absent', resources: instance({}), expect: 'unaddressed' },
  { name: 'monitoring from a parameter', parameters: { M: { Type: 'String' } }, resources: instance({ Monitoring: { Ref: 'M' } }), expect: 'needs-review' },
  { name: 'Instance with detailedMonitoring', env: { account: '111111111111', region: 'us-east-1' }, cdk: build(true), expect: 'addressed' },
  { name: 'Instance defaults', env: { account: '111111111111', region: 'us-east-1' }, cdk: build(), expect: 'unaddressed' },
]);
