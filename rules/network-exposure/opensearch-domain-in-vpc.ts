import { defineRule } from '../../lib/engine/rule';
import { checkDomainInVpc } from './lib/domain-in-vpc';

export default defineRule({
  id: 'SRM-NET-026',
  title: 'OpenSearch Service domains are in a VPC',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_IN_VPC_ONLY',
    securityHub: ['Opensearch.2'],
    controlTower: ['CT.OPENSEARCH.PR.10'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-OS1', 'NIST.800.53.R5-OpenSearchInVPCOnly'],
  },
  docs: {
    description: 'A domain outside a VPC has a public endpoint guarded only by its access policy; inside a VPC, security groups and private subnets keep it off the internet.',
    addressedBy: '`VPCOptions.SubnetIds` with at least one subnet.',
    default: 'Absent: the domain gets a public endpoint: unaddressed.',
    fix: {
      cdk: 'new opensearch.Domain(this, id, { vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }], ... })',
      cloudformation: 'Set `VPCOptions.SubnetIds` (and `SecurityGroupIds`) on the domain.',
    },
  },
  check: checkDomainInVpc,
});
