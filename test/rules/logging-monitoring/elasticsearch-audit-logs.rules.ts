import * as es from 'aws-cdk-lib/aws-elasticsearch';
import rule from '../../../rules/logging-monitoring/elasticsearch-audit-logs';
import { testRule } from '../../support/rule-tester';

const domain = (options: unknown) => ({ Domain: { Type: 'AWS::Elasticsearch::Domain', Properties: options === undefined ? {} : { LogPublishingOptions: { AUDIT_LOGS: options } } } });
const arn = 'arn:aws:logs:eu-west-1:111111111111:log-group:domain';

testRule(rule, [
  { name: 'published to a log group', resources: domain({ Enabled: true, CloudWatchLogsLogGroupArn: arn }), expect: 'addressed' },
  { name: 'not configured', resources: domain(undefined), expect: 'unaddressed' },
  { name: 'disabled', resources: domain({ Enabled: false, CloudWatchLogsLogGroupArn: arn }), expect: 'unaddressed' },
  { name: 'enabled without a log group', resources: domain({ Enabled: true }), expect: 'unaddressed' },
  { name: 'enabled flag from a parameter', parameters: { On: { Type: 'String' } }, resources: domain({ Enabled: { Ref: 'On' }, CloudWatchLogsLogGroupArn: arn }), expect: 'needs-review' },
  { name: 'CfnDomain publishing the logs', cdk: (stack) => void new es.CfnDomain(stack, 'Domain', { logPublishingOptions: { AUDIT_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: arn } } }), expect: 'addressed' },
  { name: 'CfnDomain defaults', cdk: (stack) => void new es.CfnDomain(stack, 'Domain', {}), expect: 'unaddressed' },
]);
