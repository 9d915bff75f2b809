import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';
import { defaultPublicAccess } from './rds-instance-not-public';

/**
 * `PubliclyAccessible` on a cluster is for Multi-AZ DB clusters; Aurora decides per instance
 * (SRM-NET-003), so an Aurora cluster without the property is left to its instances.
 */
export default defineRule({
  id: 'SRM-NET-031',
  title: 'RDS DB clusters are not publicly accessible',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    controlTower: ['CT.RDS.PR.29'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
  },
  docs: {
    description: 'A publicly accessible cluster resolves to public IPs from outside its VPC; only its security groups stand between the data and the internet.',
    addressedBy: '`PubliclyAccessible: false` on the AWS::RDS::DBCluster (Multi-AZ DB clusters); for Aurora, on each DB instance.',
    default:
      'Absent on a Multi-AZ DB cluster: public when its VPC has an internet gateway (default VPC without `DBSubnetGroupName`: public); the rule follows the subnet group in the template, else needs-review. Absent on Aurora: the instances decide (SRM-NET-003).',
    fix: {
      cdk: 'new rds.CfnDBCluster(this, id, { publiclyAccessible: false, dbSubnetGroupName: group.ref, ... })',
      cloudformation: 'Set `PubliclyAccessible: false` on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster) {
    const lookup = cluster.get('PubliclyAccessible');
    const engine = cluster.get('Engine').value;
    if (lookup.value === undefined) {
      if (typeof engine === 'string' && engine.toLowerCase().startsWith('aurora')) return undefined;
      return defaultPublicAccess(cluster, 'cluster');
    }
    return decideBoolean(lookup, {
      true: fail('PubliclyAccessible is true: the cluster has public endpoints'),
      false: pass('the cluster is not publicly accessible'),
      absent: pass('unreachable'),
    });
  },
});
