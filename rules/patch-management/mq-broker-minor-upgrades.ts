import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-016',
  title: 'Amazon MQ broker applies minor version upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  controls: {
    configRule: 'MQ_AUTO_MINOR_VERSION_UPGRADE_ENABLED',
    securityHub: ['MQ.3'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'Amazon MQ releases patch and minor broker versions with security fixes; the broker takes them only if automatic upgrades are on.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, Amazon MQ turns automatic minor version upgrades on (and requires them for ActiveMQ 5.18+ and RabbitMQ 3.13+): addressed.',
    fix: {
      cdk: "new amazonmq.CfnBroker(this, 'Broker', { ..., autoMinorVersionUpgrade: true })",
      cloudformation: 'Set `AutoMinorVersionUpgrade: true` on the AWS::AmazonMQ::Broker.',
    },
  },
  check(broker) {
    return requireTrue(broker.get('AutoMinorVersionUpgrade'), {
      whenAbsent: true,
      on: 'minor broker versions are applied automatically',
      off: 'AutoMinorVersionUpgrade is false, so broker versions with security fixes are not applied',
    });
  },
});
