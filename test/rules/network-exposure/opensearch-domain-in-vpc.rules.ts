import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import rule from '../../../rules/network-exposure/opensearch-domain-in-vpc';
import { testRule } from '../../support/rule-tester';

const domain = (properties: object) => ({ D: { Type: 'AWS::OpenSearchService::Domain', Properties: properties } });
const version = opensearch.EngineVersion.OPENSEARCH_2_11;

testRule(rule, [
  { name: 'in VPC subnets', resources: domain({ VPCOptions: { SubnetIds: ['s-1'], SecurityGroupIds: ['sg-1'] } }), expect: 'addressed' },
  { name: 'no VPCOptions', resources: domain({}), expect: [{ status: 'unaddressed', message: /public/ }] },
  { name: 'empty subnets', resources: domain({ VPCOptions: { SubnetIds: [] } }), expect: 'unaddressed' },
  { name: 'subnets from an import', resources: domain({ VPCOptions: { SubnetIds: { 'Fn::Split': [',', { 'Fn::ImportValue': 'subnets' }] } } }), expect: 'needs-review' },
  {
    name: 'Domain in a Vpc',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new opensearch.Domain(stack, 'D', { version, vpc, vpcSubnets: [{ subnets: [vpc.privateSubnets[0]] }], zoneAwareness: { enabled: false }, capacity: { dataNodes: 1, multiAzWithStandbyEnabled: false } });
    },
    expect: 'addressed',
  },
  { name: 'public Domain', cdk: (stack) => void new opensearch.Domain(stack, 'D', { version, capacity: { multiAzWithStandbyEnabled: false } }), expect: 'unaddressed' },
]);
