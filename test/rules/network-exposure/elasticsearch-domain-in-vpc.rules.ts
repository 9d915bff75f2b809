import * as elasticsearch from 'aws-cdk-lib/aws-elasticsearch';
import rule from '../../../rules/network-exposure/elasticsearch-domain-in-vpc';
import { testRule } from '../../support/rule-tester';

const domain = (properties: object) => ({ D: { Type: 'AWS::Elasticsearch::Domain', Properties: properties } });

testRule(rule, [
  { name: 'in VPC subnets', resources: domain({ VPCOptions: { SubnetIds: ['s-1'] } }), expect: 'addressed' },
  { name: 'no VPCOptions', resources: domain({}), expect: 'unaddressed' },
  { name: 'subnets from a parameter without default', parameters: { S: { Type: 'List<AWS::EC2::Subnet::Id>' } }, resources: domain({ VPCOptions: { SubnetIds: { Ref: 'S' } } }), expect: 'needs-review' },
  { name: 'CfnDomain in a VPC', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', { vpcOptions: { subnetIds: ['s-1'], securityGroupIds: ['sg-1'] } }), expect: 'addressed' },
  { name: 'CfnDomain public', cdk: (stack) => void new elasticsearch.CfnDomain(stack, 'D', {}), expect: 'unaddressed' },
]);
