import { defineRule } from '../../lib/engine/rule';
import { domainLogPublished } from './lib/domain-logs';

export default defineRule({
  id: 'SRM-LOG-029',
  title: 'OpenSearch domain publishes audit logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    configRule: 'OPENSEARCH_AUDIT_LOGGING_ENABLED',
    securityHub: ['Opensearch.5'],
    controlTower: ['CT.OPENSEARCH.PR.13'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'AWS runs the search cluster; keeping its audit logs, and so a record of what went wrong or who did what, is the customer\'s choice.',
    addressedBy: '`LogPublishingOptions.AUDIT_LOGS` with `Enabled: true` and `CloudWatchLogsLogGroupArn`.',
    default: 'Absent means the audit logs are not published: unaddressed.',
    fix: {
      cdk: 'new opensearch.Domain(this, id, { ..., fineGrainedAccessControl: {...}, logging: { auditLogEnabled: true } })',
      cloudformation: 'Set `LogPublishingOptions.AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: <log group ARN> }` on the AWS::OpenSearchService::Domain.',
    },
  },
  check(domain) {
    return domainLogPublished(domain, 'AUDIT_LOGS', 'audit logs');
  },
});
