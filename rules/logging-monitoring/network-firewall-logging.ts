import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { attachmentIndex, coverageOf } from '../../lib/relations/log-destinations';

const loggingConfigurations = attachmentIndex({ sourceType: 'AWS::NetworkFirewall::LoggingConfiguration', targetProperty: 'FirewallArn' });

export default defineRule({
  id: 'SRM-LOG-041',
  title: 'Network Firewall has logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::NetworkFirewall::Firewall'],
  controls: {
    // No configRule: NETFW_LOGGING_ENABLED evaluates AWS::NetworkFirewall::LoggingConfiguration, not the firewall.
    securityHub: ['NetworkFirewall.2'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'SC-7(9)', 'SI-4(20)'],
  },
  docs: {
    description: 'Alerts and flows the firewall sees are recorded only when the customer attaches a logging configuration to it.',
    addressedBy: 'An AWS::NetworkFirewall::LoggingConfiguration whose `FirewallArn` refers to the firewall.',
    default: 'A firewall logs nothing unless a logging configuration names it: unaddressed. A logging configuration whose target cannot be resolved makes the result needs-review.',
    fix: {
      cdk: 'new networkfirewall.CfnLoggingConfiguration(this, id, { firewallArn: firewall.attrFirewallArn, loggingConfiguration: { logDestinationConfigs: [...] } })',
      cloudformation: 'Add an AWS::NetworkFirewall::LoggingConfiguration with `FirewallArn: !Ref <Firewall>` and `LogDestinationConfigs`.',
    },
  },
  check(firewall) {
    const coverage = coverageOf(firewall, loggingConfigurations(firewall.stack), 'logging configuration');
    if (coverage.state === 'covered') return addressed(coverage.message, { evidence: coverage.evidence });
    if (coverage.state === 'unknown') return needsReview(coverage.message, { evidence: coverage.evidence });
    return unaddressed('no logging configuration names the firewall, so its alerts and flows are not recorded', { evidence: coverage.evidence });
  },
});
