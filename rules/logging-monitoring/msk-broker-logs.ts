import { asBoolean, judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, pass, review } from './lib/checks';

const DESTINATIONS = ['CloudWatchLogs', 'Firehose', 'S3'];

export default defineRule({
  id: 'SRM-LOG-039',
  title: 'MSK cluster delivers broker logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::MSK::Cluster'],
  controls: {
    nist80053: ['AU-2', 'AU-3', 'AU-12'],
    cdkNag: ['AwsSolutions-MSK6'],
  },
  docs: {
    description: 'AWS runs the Kafka brokers; keeping their logs, which show client connections and errors, is the customer\'s choice.',
    addressedBy: '`LoggingInfo.BrokerLogs` with `Enabled: true` on CloudWatchLogs, Firehose or S3.',
    default: 'Absent means broker logs are not delivered: unaddressed.',
    fix: {
      cdk: 'new msk.CfnCluster(this, id, { ..., loggingInfo: { brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: logGroup.logGroupName } } } })',
      cloudformation: 'Set `LoggingInfo.BrokerLogs.CloudWatchLogs: { Enabled: true, LogGroup: <name> }` (or Firehose, or S3) on the AWS::MSK::Cluster.',
    },
  },
  check(cluster) {
    return judge(cluster.get('LoggingInfo.BrokerLogs'), (value) => {
      if (value === undefined) return fail('broker logs are not delivered anywhere');
      if (!isPlainObject(value)) return review('BrokerLogs is not an object');
      let unknown = false;
      for (const name of DESTINATIONS) {
        const destination = value[name];
        if (destination === undefined) continue;
        const flag = isPlainObject(destination) ? asBoolean(destination.Enabled) : undefined;
        if (flag === true) return pass(`broker logs are delivered to ${name}`);
        if (flag === undefined) unknown = true;
      }
      return unknown ? review('whether a broker log destination is enabled cannot be resolved') : fail('every broker log destination is disabled');
    });
  },
});
