import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/patch-management/ec2-instance-managed-by-ssm';
import { testRule } from '../../support/rule-tester';

const CORE = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSSMManagedInstanceCore']] };
const instance = (properties: object = { IamInstanceProfile: { Ref: 'Profile' } }) => ({ Host: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties } } });
const profile = { Profile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'Role' }] } } };
const role = (properties: object) => ({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {}, ...properties } } });
const props = (stack: ec2.Instance['stack']) => ({ vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }), instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() });

testRule(rule, [
  { name: 'profile role has the managed policy (Join with partition)', resources: { ...instance(), ...profile, ...role({ ManagedPolicyArns: [CORE] }) }, expect: [{ status: 'addressed', on: 'Host', message: /AmazonSSMManagedInstanceCore/ }] },
  {
    name: 'policy attached through an AWS::IAM::Policy',
    resources: { ...instance(), ...profile, ...role({}), Pol: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [{ Ref: 'Role' }], PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['ssm:Update*'], Resource: '*' }] } } } },
    expect: [{ status: 'addressed', message: /Policy Pol/ }],
  },
  { name: 'role without SSM permissions', resources: { ...instance(), ...profile, ...role({ ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }) }, expect: [{ status: 'unaddressed', message: /neither AmazonSSMManagedInstanceCore/ }] },
  { name: 'no instance profile', resources: instance({}), expect: [{ status: 'unaddressed', message: /no instance profile/ }] },
  { name: 'profile by name defined elsewhere', resources: instance({ IamInstanceProfile: 'shared-profile' }), expect: [{ status: 'needs-review', message: /outside this template/ }] },
  { name: 'managed policy ARN from a parameter', parameters: { Arn: { Type: 'String' } }, resources: { ...instance(), ...profile, ...role({ ManagedPolicyArns: [{ Ref: 'Arn' }] }) }, expect: 'needs-review' },
  {
    name: 'Instance with ssmSessionPermissions',
    cdk: (stack) => new ec2.Instance(stack, 'Host', { ...props(stack), ssmSessionPermissions: true }),
    expect: 'addressed',
  },
  {
    name: 'Instance with a role lacking SSM',
    cdk: (stack) => new ec2.Instance(stack, 'Host', { ...props(stack), role: new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') }) }),
    expect: 'unaddressed',
  },
]);
