import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-021',
  title: 'MSK clusters do not allow public access to brokers',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::MSK::Cluster'],
  controls: {
    controlTower: ['CT.MSK.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
  },
  docs: {
    description: 'Public access gives brokers internet-facing addresses; the customer then relies on client authentication and security groups alone.',
    addressedBy: '`BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: DISABLED`, or no `PublicAccess`.',
    default: 'Absent: `DISABLED`: addressed.',
    fix: {
      cdk: "new msk.CfnCluster(this, id, { brokerNodeGroupInfo: { connectivityInfo: { publicAccess: { type: 'DISABLED' } }, ... }, ... })",
      cloudformation: 'Set `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: DISABLED` or remove `PublicAccess`.',
    },
  },
  check: (cluster) =>
    decideText(cluster.get('BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type'), (type) =>
      type === undefined || type.toUpperCase() === 'DISABLED'
        ? pass('public access to the brokers is disabled')
        : fail(`PublicAccess.Type is ${type}: the brokers have public IP addresses`),
    ),
});
