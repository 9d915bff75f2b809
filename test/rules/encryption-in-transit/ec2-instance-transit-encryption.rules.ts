import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-in-transit/ec2-instance-transit-encryption';
import { testRule } from '../../support/rule-tester';

const instance = (props: object) => ({ I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-12345678', ...props } } });
const cdkInstance = (type: string) => (stack: import('aws-cdk-lib').Stack) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
  new ec2.Instance(stack, 'I', { vpc, instanceType: new ec2.InstanceType(type), machineImage: ec2.MachineImage.latestAmazonLinux2023() });
};

testRule(rule, [
  { name: 'm6i encrypts between instances', resources: instance({ InstanceType: 'm6i.large' }), expect: 'addressed' },
  { name: 'm5 is Nitro but does not encrypt', resources: instance({ InstanceType: 'm5.large' }), expect: [{ status: 'unaddressed', message: /does not encrypt/ }] },
  { name: 't2 is Xen', resources: instance({ InstanceType: 't2.micro' }), expect: [{ status: 'unaddressed', message: /Xen/ }] },
  { name: 'no type: default m1.small', resources: instance({}), expect: [{ status: 'unaddressed', message: /m1\.small/ }] },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: instance({ InstanceType: { Ref: 'T' } }), expect: 'needs-review' },
  { name: 'type from a parameter default', parameters: { T: { Type: 'String', Default: 'c7g.large' } }, resources: instance({ InstanceType: { Ref: 'T' } }), expect: 'addressed' },
  { name: 'unknown new family', resources: instance({ InstanceType: 'zz9.large' }), expect: 'needs-review' },
  {
    name: 'type from a launch template in the stack',
    resources: { ...instance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'LT' }, Version: '1' } }), LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { InstanceType: 'r7i.large' } } } },
    expect: [{ status: 'addressed', message: /launch template LT/ }],
  },
  { name: 'launch template from elsewhere', resources: instance({ LaunchTemplate: { LaunchTemplateId: 'lt-0123456789abcdef0', Version: '1' } }), expect: 'needs-review' },
  { name: 'CDK Instance on m6i', cdk: cdkInstance('m6i.large'), expect: 'addressed' },
  { name: 'CDK Instance on t3', cdk: cdkInstance('t3.micro'), expect: 'unaddressed' },
]);
