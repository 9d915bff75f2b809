import * as eb from 'aws-cdk-lib/aws-elasticbeanstalk';
import rule from '../../../rules/logging-monitoring/elastic-beanstalk-cloudwatch-logs';
import { testRule } from '../../support/rule-tester';

const stream = (value: unknown) => [{ Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'StreamLogs', Value: value }];
const env = (properties: object) => ({ Env: { Type: 'AWS::ElasticBeanstalk::Environment', Properties: { ApplicationName: 'app', SolutionStackName: 'x', ...properties } } });
const template = (properties: object) => ({ Tpl: { Type: 'AWS::ElasticBeanstalk::ConfigurationTemplate', Properties: { ApplicationName: 'app', SolutionStackName: 'x', ...properties } } });

testRule(rule, [
  { name: 'environment streams logs', resources: env({ OptionSettings: stream('true') }), expect: 'addressed' },
  { name: 'environment without the option', resources: env({}), expect: 'unaddressed' },
  { name: 'environment with StreamLogs false', resources: env({ OptionSettings: stream('false') }), expect: 'unaddressed' },
  { name: 'environment using a configuration template', resources: env({ TemplateName: 'tpl' }), expect: 'needs-review' },
  { name: 'configuration template leaves it to the environment', resources: template({}), expect: 'addressed' },
  { name: 'configuration template with StreamLogs false', resources: template({ OptionSettings: stream(false) }), expect: 'unaddressed' },
  { name: 'value from a parameter', parameters: { S: { Type: 'String' } }, resources: env({ OptionSettings: stream({ Ref: 'S' }) }), expect: 'needs-review' },
  {
    name: 'CfnEnvironment streaming logs',
    cdk: (stack) => void new eb.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 'x', optionSettings: [{ namespace: 'aws:elasticbeanstalk:cloudwatch:logs', optionName: 'StreamLogs', value: 'true' }] }),
    expect: 'addressed',
  },
  { name: 'CfnEnvironment defaults', cdk: (stack) => void new eb.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 'x' }), expect: 'unaddressed' },
]);
