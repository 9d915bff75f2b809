import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-033',
  title: 'Redshift clusters use enhanced VPC routing',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED',
    securityHub: ['Redshift.7'],
    controlTower: ['CT.REDSHIFT.PR.5'],
    nist80053: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(9)', 'SC-7(11)', 'SC-7(20)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-RedshiftEnhancedVPCRoutingEnabled'],
  },
  docs: {
    description: 'Without enhanced VPC routing, COPY and UNLOAD traffic leaves through the internet rather than the VPC paths, endpoints and flow logs the customer controls.',
    addressedBy: '`EnhancedVpcRouting: true`.',
    default: 'Absent: false: unaddressed.',
    fix: {
      cdk: 'new redshift.CfnCluster(this, id, { enhancedVpcRouting: true, ... })',
      cloudformation: 'Set `EnhancedVpcRouting: true` on the AWS::Redshift::Cluster.',
    },
  },
  check: (cluster) =>
    decideBoolean(cluster.get('EnhancedVpcRouting'), {
      true: pass('enhanced VPC routing is on'),
      false: fail('EnhancedVpcRouting is false: COPY and UNLOAD traffic bypasses the VPC'),
      absent: fail('EnhancedVpcRouting is not set, so COPY and UNLOAD traffic bypasses the VPC'),
    }),
});
