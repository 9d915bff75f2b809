import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/logging-monitoring/vpc-flow-logs';
import { testRule } from '../../support/rule-tester';

const vpc = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } };
const flowLog = (properties: object) => ({ Flow: { Type: 'AWS::EC2::FlowLog', Properties: { TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::logs', ...properties } } });

testRule(rule, [
  { name: 'flow log on the VPC', resources: { ...vpc, ...flowLog({ ResourceType: 'VPC', ResourceId: { Ref: 'Vpc' } }) }, expect: [{ status: 'addressed', on: 'Vpc', message: /Flow/ }] },
  { name: 'no flow log', resources: vpc, expect: [{ status: 'unaddressed', on: 'Vpc' }] },
  { name: 'flow log on another VPC', resources: { ...vpc, Other: vpc.Vpc, ...flowLog({ ResourceType: 'VPC', ResourceId: { Ref: 'Other' } }) }, expect: [{ status: 'unaddressed', on: 'Vpc' }, { status: 'addressed', on: 'Other' }] },
  { name: 'flow log on a subnet only', resources: { ...vpc, ...flowLog({ ResourceType: 'Subnet', ResourceId: { Ref: 'Vpc' } }) }, expect: 'unaddressed' },
  {
    name: 'flow log whose target is a parameter without default',
    parameters: { VpcId: { Type: 'String' } },
    resources: { ...vpc, ...flowLog({ ResourceType: 'VPC', ResourceId: { Ref: 'VpcId' } }) },
    expect: [{ status: 'needs-review', message: /cannot be resolved/ }],
  },
  {
    name: 'flow log that exists only under an undecided condition',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: { ...vpc, Flow: { ...flowLog({ ResourceType: 'VPC', ResourceId: { Ref: 'Vpc' } }).Flow, Condition: 'IsProd' } },
    expect: [{ status: 'needs-review', message: /IsProd/ }],
  },
  { name: 'Vpc with a flow log', cdk: (stack) => void new ec2.Vpc(stack, 'Vpc', { natGateways: 0, flowLogs: { all: {} } }), expect: 'addressed' },
  { name: 'Vpc without flow logs', cdk: (stack) => void new ec2.Vpc(stack, 'Vpc', { natGateways: 0 }), expect: 'unaddressed' },
]);
