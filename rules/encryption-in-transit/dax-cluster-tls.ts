import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, requireOneOf } from './support';

export default defineRule({
  id: 'SRM-EIT-016',
  title: 'DAX cluster endpoint uses TLS',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::DAX::Cluster'],
  controls: {
    configRule: 'DAX_TLS_ENDPOINT_ENCRYPTION',
    securityHub: ['DynamoDB.7'],
    controlTower: ['CT.DAX.PR.3'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'DAX encrypts requests between the application and the cluster only when the cluster is created with TLS.',
    addressedBy: '`ClusterEndpointEncryptionType: TLS`.',
    default: 'Absent means `NONE`: unaddressed. The setting cannot be changed on an existing cluster.',
    fix: {
      cdk: 'new dax.CfnCluster(this, id, { ..., clusterEndpointEncryptionType: "TLS" })',
      cloudformation: 'Set `ClusterEndpointEncryptionType: TLS`.',
    },
  },
  check(cluster) {
    return requireOneOf(cluster.get('ClusterEndpointEncryptionType'), ['TLS'], {
      ok: () => 'the cluster endpoint uses TLS',
      bad: (v) => `ClusterEndpointEncryptionType is ${v}, so clients connect without TLS`,
      absent: 'ClusterEndpointEncryptionType is not set, so it defaults to NONE',
    });
  },
});
