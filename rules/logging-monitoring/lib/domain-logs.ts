import { judge } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { isPlainObject } from '../../../lib/model/values';
import { booleanSwitch, fail, hasValue, pass, review } from './checks';

/** OpenSearch and Elasticsearch domains publish each log type through `LogPublishingOptions.<TYPE>`. */
export function domainLogPublished(domain: ResourceModel, logType: 'ES_APPLICATION_LOGS' | 'AUDIT_LOGS', noun: string): Finding {
  const option = domain.get(`LogPublishingOptions.${logType}`);
  if (option.value === undefined) return judge(option, () => fail(`${noun} are not published to CloudWatch Logs`));
  const enabled = booleanSwitch(domain.get(`LogPublishingOptions.${logType}.Enabled`), {
    on: `${noun} are published to CloudWatch Logs`,
    off: `${noun} publishing is disabled`,
    absent: fail(`${noun} publishing is not enabled`),
  });
  if (enabled.status !== 'addressed') return enabled;
  return judge(option, (value) => {
    if (!isPlainObject(value)) return review(`LogPublishingOptions.${logType} is not an object`);
    return hasValue(value, 'CloudWatchLogsLogGroupArn') ? pass(`${noun} are published to CloudWatch Logs`) : fail(`${noun} have no CloudWatchLogsLogGroupArn to go to`);
  });
}
