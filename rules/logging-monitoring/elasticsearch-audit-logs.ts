import { defineRule } from '../../lib/engine/rule';
import { domainLogPublished } from './lib/domain-logs';

export default defineRule({
  id: 'SRM-LOG-027',
  title: 'Elasticsearch domain publishes audit logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::Elasticsearch::Domain'],
  controls: {
    configRule: 'ELASTICSEARCH_AUDIT_LOGGING_ENABLED',
    securityHub: ['ES.5'],
    controlTower: ['CT.OPENSEARCH.PR.5'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'AWS runs the search cluster; keeping its audit logs, and so a record of what went wrong or who did what, is the customer\'s choice.',
    addressedBy: '`LogPublishingOptions.AUDIT_LOGS` with `Enabled: true` and `CloudWatchLogsLogGroupArn`.',
    default: 'Absent means the audit logs are not published: unaddressed.',
    fix: {
      cdk: 'new es.CfnDomain(this, id, { ..., logPublishingOptions: { AUDIT_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: logGroup.logGroupArn } } })',
      cloudformation: 'Set `LogPublishingOptions.AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: <log group ARN> }` on the AWS::Elasticsearch::Domain.',
    },
  },
  check(domain) {
    return domainLogPublished(domain, 'AUDIT_LOGS', 'audit logs');
  },
});
