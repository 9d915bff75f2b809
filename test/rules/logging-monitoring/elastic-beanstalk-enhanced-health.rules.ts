import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';
import rule from '../../../rules/logging-monitoring/elastic-beanstalk-enhanced-health';
import { testRule } from '../../support/rule-tester';

const health = (value: unknown) => [{ Namespace: 'aws:elasticbeanstalk:healthreporting:system', OptionName: 'SystemType', Value: value }];
const env = (properties: object) => ({ Env: { Type: 'AWS::ElasticBeanstalk::Environment', Properties: { ApplicationName: 'app', SolutionStackName: 'x', ...properties } } });

testRule(rule, [
  { name: 'enhanced', resources: env({ OptionSettings: health('enhanced') }), expect: 'addressed' },
  { name: 'basic', resources: env({ OptionSettings: health('basic') }), expect: 'unaddressed' },
  { name: 'absent', resources: env({}), expect: [{ status: 'unaddressed', message: /basic/ }] },
  { name: 'value from a parameter', parameters: { S: { Type: 'String' } }, resources: env({ OptionSettings: health({ Ref: 'S' }) }), expect: 'needs-review' },
  {
    name: 'CfnEnvironment with enhanced health',
    cdk: (stack) => void new eb.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 'x', optionSettings: [{ namespace: 'aws:elasticbeanstalk:healthreporting:system', optionName: 'SystemType', value: 'enhanced' }] }),
    expect: 'addressed',
  },
  { name: 'CfnEnvironment defaults', cdk: (stack) => void new eb.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 'x' }), expect: 'unaddressed' },
]);
