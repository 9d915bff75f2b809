import { defineRule } from '../../lib/engine/rule';
import { checkDomainInVpc } from './lib/domain-in-vpc';

export default defineRule({
  id: 'SRM-NET-027',
  title: 'Elasticsearch domains are in a VPC',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  controls: {
    configRule: 'ELASTICSEARCH_IN_VPC_ONLY',
    securityHub: ['ES.2'],
    controlTower: ['CT.OPENSEARCH.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-OS1', 'NIST.800.53.R5-OpenSearchInVPCOnly'],
  },
  docs: {
    description: 'A domain outside a VPC has a public endpoint guarded only by its access policy; inside a VPC, security groups and private subnets keep it off the internet.',
    addressedBy: '`VPCOptions.SubnetIds` with at least one subnet.',
    default: 'Absent: the domain gets a public endpoint: unaddressed.',
    fix: {
      cdk: 'new elasticsearch.CfnDomain(this, id, { vpcOptions: { subnetIds: [...], securityGroupIds: [...] }, ... }) // or migrate to opensearch.Domain',
      cloudformation: 'Set `VPCOptions.SubnetIds` (and `SecurityGroupIds`) on the domain.',
    },
  },
  check: checkDomainInVpc,
});
