import { judge, needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { Unresolved } from '../../../lib/model/values';
import { fail, pass, review, stringsOf } from './checks';

/** Whether `EnableCloudwatchLogsExports` names every log type the engine can export. */
export function exportsAllLogs(resource: ResourceModel, typesOf: (engine: string) => readonly string[] | undefined): Finding {
  const engine = resource.get('Engine').value;
  if (typeof engine !== 'string') {
    return needsReview(engine === undefined ? 'the engine is not set, so the log types it needs are not known' : 'the engine cannot be resolved, so the log types it needs are not known', { propertyPath: 'Engine' });
  }
  const needed = typesOf(engine);
  return judge(resource.get('EnableCloudwatchLogsExports'), (value) => {
    const exported = stringsOf(value);
    if (exported instanceof Unresolved) return review(`EnableCloudwatchLogsExports cannot be read: ${exported.reason}`);
    if (exported.length === 0) return fail('no database logs are exported to CloudWatch Logs');
    if (needed === undefined) return pass(`logs ${exported.join(', ')} are exported (engine ${engine} is not in the tool's table)`);
    const missing = needed.filter((type) => !exported.includes(type));
    return missing.length === 0 ? pass(`every ${engine} log type is exported to CloudWatch Logs`) : fail(`${engine} log type(s) ${missing.join(', ')} are not exported to CloudWatch Logs`);
  });
}
