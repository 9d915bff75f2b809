import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/network-exposure/lambda-function-in-vpc';
import { testRule } from '../../support/rule-tester';

const fn = (properties: object) => ({ F: { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::1:role/r', Code: { ZipFile: 'x' }, Handler: 'i.h', Runtime: 'nodejs20.x', ...properties } } });
const props = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x') };

testRule(rule, [
  { name: 'subnets and security groups', resources: fn({ VpcConfig: { SubnetIds: ['s-1'], SecurityGroupIds: ['sg-1'] } }), expect: 'addressed' },
  { name: 'no VpcConfig', resources: fn({}), expect: 'unaddressed' },
  { name: 'empty subnets', resources: fn({ VpcConfig: { SubnetIds: [], SecurityGroupIds: ['sg-1'] } }), expect: 'unaddressed' },
  { name: 'subnets from a parameter without default', parameters: { S: { Type: 'CommaDelimitedList' } }, resources: fn({ VpcConfig: { SubnetIds: { Ref: 'S' }, SecurityGroupIds: ['sg-1'] } }), expect: 'needs-review' },
  { name: 'Function in a Vpc', cdk: (stack) => void new lambda.Function(stack, 'F', { ...props, vpc: new ec2.Vpc(stack, 'Vpc') }), expect: 'addressed' },
  { name: 'Function without a Vpc', cdk: (stack) => void new lambda.Function(stack, 'F', props), expect: 'unaddressed' },
]);
