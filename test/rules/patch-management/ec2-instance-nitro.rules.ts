import type { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/ec2-instance-nitro';
import { testRule } from '../../support/rule-tester';

const instance = (props: object) => ({ I: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-12345678', ...props } } });
const cdkInstance = (type: string) => (stack: Stack) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
  new ec2.Instance(stack, 'I', { vpc, instanceType: new ec2.InstanceType(type), machineImage: ec2.MachineImage.latestAmazonLinux2023() });
};

testRule(rule, [
  { name: 't3 is Nitro', resources: instance({ InstanceType: 't3.micro' }), expect: 'addressed' },
  { name: 'i3.metal is Nitro', resources: instance({ InstanceType: 'i3.metal' }), expect: 'addressed' },
  { name: 'm4 is Xen', resources: instance({ InstanceType: 'm4.large' }), expect: [{ status: 'unaddressed', message: /Xen/, propertyPath: 'InstanceType' }] },
  { name: 'no type: default m1.small', resources: instance({}), expect: 'unaddressed' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: instance({ InstanceType: { Ref: 'T' } }), expect: 'needs-review' },
  { name: 'unknown new family', resources: instance({ InstanceType: 'q9x.large' }), expect: [{ status: 'needs-review', message: /not a known instance family/ }] },
  {
    name: 'type chosen by a condition',
    parameters: { Env: { Type: 'String' } },
    conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: instance({ InstanceType: { 'Fn::If': ['Prod', 'm7i.large', 't2.micro'] } }),
    expect: 'unaddressed',
  },
  { name: 'CDK Instance on m7g', cdk: cdkInstance('m7g.large'), expect: 'addressed' },
  { name: 'CDK Instance on t2', cdk: cdkInstance('t2.micro'), expect: 'unaddressed' },
]);
