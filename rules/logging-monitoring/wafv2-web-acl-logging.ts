import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { attachmentIndex, coverageOf } from '../../lib/relations/log-destinations';

const loggingConfigurations = attachmentIndex({ sourceType: 'AWS::WAFv2::LoggingConfiguration', targetProperty: 'ResourceArn' });

export default defineRule({
  id: 'SRM-LOG-038',
  title: 'WAFv2 web ACL has logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::WAFv2::WebACL'],
  controls: {
    configRule: 'WAFV2_LOGGING_ENABLED',
    securityHub: ['WAF.11'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'SC-7(9)', 'SI-4(20)'],
    cdkNag: ['NIST.800.53.R5-WAFv2LoggingEnabled'],
  },
  docs: {
    description: 'Which requests the firewall blocked or let through is recorded only when the customer attaches a logging configuration to the web ACL.',
    addressedBy: 'An AWS::WAFv2::LoggingConfiguration whose `ResourceArn` refers to the web ACL.',
    default: 'A web ACL logs nothing unless a logging configuration names it: unaddressed. A logging configuration whose target cannot be resolved makes the result needs-review.',
    fix: {
      cdk: 'new wafv2.CfnLoggingConfiguration(this, id, { resourceArn: webAcl.attrArn, logDestinationConfigs: [logGroupArn] })',
      cloudformation: 'Add an AWS::WAFv2::LoggingConfiguration with `ResourceArn: !GetAtt <WebACL>.Arn` and `LogDestinationConfigs`.',
    },
  },
  check(webAcl) {
    const coverage = coverageOf(webAcl, loggingConfigurations(webAcl.stack), 'logging configuration');
    if (coverage.state === 'covered') return addressed(coverage.message, { evidence: coverage.evidence });
    if (coverage.state === 'unknown') return needsReview(coverage.message, { evidence: coverage.evidence });
    return unaddressed('no logging configuration names the web ACL, so its decisions are not recorded', { evidence: coverage.evidence });
  },
});
