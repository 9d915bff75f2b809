import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-032',
  title: 'Redshift clusters are not publicly accessible',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK',
    securityHub: ['Redshift.1'],
    controlTower: ['CT.REDSHIFT.PR.1'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-RedshiftClusterPublicAccess'],
  },
  docs: {
    description: 'A publicly accessible warehouse gets a public endpoint; only its security groups then keep the internet away from the data.',
    addressedBy: '`PubliclyAccessible: false` or absent.',
    default: 'Absent: Redshift creates the cluster without public access (the CreateCluster default is false): addressed.',
    fix: {
      cdk: 'new redshift.CfnCluster(this, id, { publiclyAccessible: false, ... })',
      cloudformation: 'Set `PubliclyAccessible: false` on the AWS::Redshift::Cluster.',
    },
  },
  check: (cluster) =>
    decideBoolean(cluster.get('PubliclyAccessible'), {
      true: fail('PubliclyAccessible is true: the cluster has a public endpoint'),
      false: pass('PubliclyAccessible is false'),
      absent: pass('PubliclyAccessible is not set, so the cluster is not public'),
    }),
});
