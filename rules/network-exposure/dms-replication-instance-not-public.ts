import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-012',
  title: 'DMS replication instances are not publicly accessible',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::DMS::ReplicationInstance'],
  controls: {
    configRule: 'DMS_REPLICATION_NOT_PUBLIC',
    securityHub: ['DMS.1'],
    controlTower: ['CT.DMS.PR.1'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-DMSReplicationNotPublic'],
  },
  docs: {
    description: 'A replication instance holds credentials to source and target databases and streams their data; a public address exposes it to the internet.',
    addressedBy: '`PubliclyAccessible: false`.',
    default: 'Absent: DMS creates the instance with a public IP address (the default is true): unaddressed.',
    fix: {
      cdk: 'new dms.CfnReplicationInstance(this, id, { publiclyAccessible: false, replicationSubnetGroupIdentifier: group.ref, ... })',
      cloudformation: 'Set `PubliclyAccessible: false` on the AWS::DMS::ReplicationInstance.',
    },
  },
  check: (instance) =>
    decideBoolean(instance.get('PubliclyAccessible'), {
      true: fail('PubliclyAccessible is true: the replication instance has a public IP address'),
      false: pass('PubliclyAccessible is false'),
      absent: fail('PubliclyAccessible is not set, and DMS makes replication instances public by default'),
    }),
});
