import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-019',
  title: 'Neptune DB clusters use IAM database authentication',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: {
    configRule: 'NEPTUNE_CLUSTER_IAM_DATABASE_AUTHENTICATION',
    securityHub: ['Neptune.7'],
    controlTower: ['CT.NEPTUNE.PR.1'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
    cdkNag: ['AwsSolutions-N5'],
  },
  docs: {
    description: 'Without IAM authentication, anyone who reaches a Neptune endpoint on the network can query the graph; requiring SigV4-signed requests ties access to IAM identities.',
    addressedBy: '`IamAuthEnabled: true` on the AWS::Neptune::DBCluster.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new neptune.CfnDBCluster(this, id, { iamAuthEnabled: true, ... })',
      cloudformation: 'Set `IamAuthEnabled: true` on the AWS::Neptune::DBCluster.',
    },
  },
  check(cluster) {
    return requireBoolean(cluster.get('IamAuthEnabled'), { whenAbsent: false, on: 'IAM database authentication is on', off: 'IAM database authentication is off' });
  },
});
