import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-037',
  title: 'DAX cluster is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::DAX::Cluster'],
  controls: {
    configRule: 'DAX_ENCRYPTION_ENABLED',
    securityHub: ['DynamoDB.3'],
    controlTower: ['CT.DAX.PR.1'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-DDB4'],
  },
  docs: {
    description: 'DAX caches DynamoDB items on its nodes, including their disks; encrypting that cache is chosen at creation.',
    addressedBy: '`SSESpecification.SSEEnabled: true`.',
    default: 'Absent means the cache is not encrypted at rest: unaddressed.',
    fix: {
      cdk: "new dax.CfnCluster(this, 'Dax', { ..., sseSpecification: { sseEnabled: true } })",
      cloudformation: 'Set `SSESpecification: { SSEEnabled: true }` on the AWS::DAX::Cluster.',
    },
  },
  check(cluster) {
    return requireOn(cluster.get('SSESpecification.SSEEnabled'), { absent: false, on: 'the cache is encrypted at rest', off: 'the cache is not encrypted at rest' });
  },
});
