import { defineRule } from '../../lib/engine/rule';
import { domainLogPublished } from './lib/domain-logs';

export default defineRule({
  id: 'SRM-LOG-028',
  title: 'OpenSearch domain publishes error logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_LOGS_TO_CLOUDWATCH',
    securityHub: ['Opensearch.4'],
    controlTower: ['CT.OPENSEARCH.PR.12'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
    cdkNag: ['NIST.800.53.R5-OpenSearchErrorLogsToCloudWatch'],
  },
  docs: {
    description: 'AWS runs the search cluster; keeping its error logs, and so a record of what went wrong or who did what, is the customer\'s choice.',
    addressedBy: '`LogPublishingOptions.ES_APPLICATION_LOGS` with `Enabled: true` and `CloudWatchLogsLogGroupArn`.',
    default: 'Absent means the error logs are not published: unaddressed.',
    fix: {
      cdk: 'new opensearch.Domain(this, id, { ..., logging: { appLogEnabled: true } })',
      cloudformation: 'Set `LogPublishingOptions.ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: <log group ARN> }` on the AWS::OpenSearchService::Domain.',
    },
  },
  check(domain) {
    return domainLogPublished(domain, 'ES_APPLICATION_LOGS', 'error logs');
  },
});
