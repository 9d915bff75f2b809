import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { beanstalkOption, fail, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-024',
  title: 'Elastic Beanstalk environment has enhanced health reporting',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  controls: {
    configRule: 'BEANSTALK_ENHANCED_HEALTH_REPORTING_ENABLED',
    securityHub: ['ElasticBeanstalk.1'],
    nist80053: ['CA-7', 'SI-4', 'SI-2'],
    cdkNag: ['NIST.800.53.R5-ElasticBeanstalkEnhancedHealthReportingEnabled'],
  },
  docs: {
    description: 'Enhanced health reporting shows the state of the customer\'s instances and application, not just whether the load balancer answers.',
    addressedBy: 'Option `aws:elasticbeanstalk:healthreporting:system` / `SystemType` = `enhanced`.',
    default: 'The option\'s default is `basic`: an environment without it is unaddressed (needs review when it takes its settings from a configuration template).',
    fix: {
      cdk: 'new elasticbeanstalk.CfnEnvironment(this, id, { ..., optionSettings: [{ namespace: "aws:elasticbeanstalk:healthreporting:system", optionName: "SystemType", value: "enhanced" }] })',
      cloudformation: 'Add `{ Namespace: aws:elasticbeanstalk:healthreporting:system, OptionName: SystemType, Value: enhanced }` to `OptionSettings`.',
    },
  },
  check(environment) {
    const finding = judge(environment.get('OptionSettings'), (settings) => {
      const option = beanstalkOption(settings, 'aws:elasticbeanstalk:healthreporting:system', 'SystemType');
      if (option instanceof Unresolved) return review(`OptionSettings cannot be read: ${option.reason}`);
      if (option === undefined) return fail('SystemType is not set, so health reporting is basic');
      if (typeof option !== 'string') return review('the SystemType value cannot be resolved');
      return option === 'enhanced' ? pass('enhanced health reporting is on') : fail(`health reporting is ${option}`);
    });
    if (finding.status === 'unaddressed' && environment.get('TemplateName').value !== undefined && /not set/.test(finding.message)) {
      return needsReview('SystemType is not set here; the environment may take it from its configuration template', { propertyPath: 'OptionSettings' });
    }
    return finding;
  },
});
