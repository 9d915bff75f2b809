import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/ec2-instance-imdsv2';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Host: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties } } });
const template = (tokens: string) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateName: 'host-template', LaunchTemplateData: { MetadataOptions: { HttpTokens: tokens } } } } });
const instanceProps = (vpc: ec2.Vpc) => ({ vpc, instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() });

testRule(rule, [
  { name: 'on the instance', resources: instance({ MetadataOptions: { HttpTokens: 'required' } }), expect: 'addressed' },
  { name: 'optional on the instance', resources: instance({ MetadataOptions: { HttpTokens: 'optional' } }), expect: 'unaddressed' },
  { name: 'absent', resources: instance({}), expect: [{ status: 'unaddressed', message: /does not set MetadataOptions.HttpTokens/ }] },
  {
    name: 'through its launch template (by reference)',
    resources: { ...instance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'LT' }, Version: '1' } }), ...template('required') },
    expect: [{ status: 'addressed', message: /launch template LT/ }],
  },
  {
    name: 'through its launch template (by name), which allows IMDSv1',
    resources: { ...instance({ LaunchTemplate: { LaunchTemplateName: 'host-template', Version: '1' } }), ...template('optional') },
    expect: 'unaddressed',
  },
  { name: 'launch template outside the stack', resources: instance({ LaunchTemplate: { LaunchTemplateName: 'shared', Version: '1' } }), expect: 'needs-review' },
  { name: 'parameter without default', parameters: { T: { Type: 'String' } }, resources: instance({ MetadataOptions: { HttpTokens: { Ref: 'T' } } }), expect: 'needs-review' },
  { name: 'Instance with requireImdsv2', cdk: (stack) => new ec2.Instance(stack, 'Host', { ...instanceProps(new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 })), requireImdsv2: true }), expect: 'addressed' },
  { name: 'Instance without', cdk: (stack) => new ec2.Instance(stack, 'Host', instanceProps(new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }))), expect: 'unaddressed' },
]);
