import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/logging-monitoring/ec2-launch-template-detailed-monitoring';
import { testRule } from '../../support/rule-tester';

const template = (data: object) => ({ Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });

testRule(rule, [
  { name: 'monitoring enabled', resources: template({ Monitoring: { Enabled: true } }), expect: 'addressed' },
  { name: 'monitoring absent', resources: template({}), expect: 'unaddressed' },
  { name: 'monitoring from a parameter', parameters: { M: { Type: 'String' } }, resources: template({ Monitoring: { Enabled: { Ref: 'M' } } }), expect: 'needs-review' },
  { name: 'LaunchTemplate with detailedMonitoring', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'Lt', { detailedMonitoring: true }), expect: 'addressed' },
  { name: 'LaunchTemplate defaults', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'Lt'), expect: 'unaddressed' },
]);
