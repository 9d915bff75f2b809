import * as nfw from 'aws-cdk-lib/aws-networkfirewall';
import rule from '../../../rules/logging-monitoring/network-firewall-logging';
import { testRule } from '../../support/rule-tester';

const firewall = { Fw: { Type: 'AWS::NetworkFirewall::Firewall', Properties: { FirewallName: 'fw', FirewallPolicyArn: 'arn:p', VpcId: 'vpc-1', SubnetMappings: [{ SubnetId: 's' }] } } };
const logging = (target: unknown) => ({ Logging: { Type: 'AWS::NetworkFirewall::LoggingConfiguration', Properties: { FirewallArn: target, LoggingConfiguration: { LogDestinationConfigs: [{ LogType: 'ALERT', LogDestinationType: 'S3', LogDestination: { bucketName: 'logs' } }] } } } });
const fw = (stack: import('aws-cdk-lib').Stack) => new nfw.CfnFirewall(stack, 'Fw', { firewallName: 'fw', firewallPolicyArn: 'arn:p', vpcId: 'vpc-1', subnetMappings: [{ subnetId: 's' }] });

testRule(rule, [
  { name: 'logging configuration names the firewall', resources: { ...firewall, ...logging({ Ref: 'Fw' }) }, expect: 'addressed' },
  { name: 'no logging configuration', resources: firewall, expect: 'unaddressed' },
  { name: 'logging configuration whose target is imported', resources: { ...firewall, ...logging({ 'Fn::ImportValue': 'FirewallArn' }) }, expect: 'needs-review' },
  {
    name: 'CfnFirewall with a CfnLoggingConfiguration',
    cdk: (stack) => void new nfw.CfnLoggingConfiguration(stack, 'Logging', { firewallArn: fw(stack).attrFirewallArn, loggingConfiguration: { logDestinationConfigs: [{ logType: 'FLOW', logDestinationType: 'S3', logDestination: { bucketName: 'logs' } }] } }),
    expect: 'addressed',
  },
  { name: 'CfnFirewall alone', cdk: (stack) => void fw(stack), expect: 'unaddressed' },
]);
