import * as elasticbeanstalk from 'aws-cdk-lib/aws-elasticbeanstalk';
import rule from '../../../rules/patch-management/elastic-beanstalk-managed-updates';
import { testRule } from '../../support/rule-tester';

const managed = (value: unknown) => ({ Namespace: 'aws:elasticbeanstalk:managedactions', OptionName: 'ManagedActionsEnabled', Value: value });
const env = (properties: object) => ({ Env: { Type: 'AWS::ElasticBeanstalk::Environment', Properties: { ApplicationName: 'app', SolutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20', ...properties } } });

testRule(rule, [
  { name: 'enabled on the environment', resources: env({ OptionSettings: [managed('true')] }), expect: 'addressed' },
  { name: 'disabled', resources: env({ OptionSettings: [managed('false')] }), expect: 'unaddressed' },
  { name: 'not set', resources: env({ OptionSettings: [] }), expect: [{ status: 'unaddressed', message: /not turned on/ }] },
  {
    name: 'inherited from a configuration template in the stack',
    resources: {
      ...env({ TemplateName: { Ref: 'Config' } }),
      Config: { Type: 'AWS::ElasticBeanstalk::ConfigurationTemplate', Properties: { ApplicationName: 'app', SolutionStackName: 's', OptionSettings: [managed('true')] } },
    },
    expect: [{ status: 'addressed', on: 'Env', message: /configuration template Config/ }, { status: 'addressed', on: 'Config' }],
  },
  { name: 'configuration template outside the stack', resources: env({ TemplateName: 'shared-template' }), expect: 'needs-review' },
  { name: 'value from a parameter', parameters: { P: { Type: 'String' } }, resources: env({ OptionSettings: [managed({ Ref: 'P' })] }), expect: 'needs-review' },
  {
    name: '[L1] CfnEnvironment with managed updates',
    cdk: (stack) => new elasticbeanstalk.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 's', optionSettings: [{ namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled', value: 'true' }] }),
    expect: 'addressed',
  },
  { name: '[L1] CfnEnvironment without', cdk: (stack) => new elasticbeanstalk.CfnEnvironment(stack, 'Env', { applicationName: 'app', solutionStackName: 's' }), expect: 'unaddressed' },
]);
