import { asBoolean, judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { beanstalkOption, fail, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-023',
  title: 'Elastic Beanstalk streams instance logs to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment', 'AWS::ElasticBeanstalk::ConfigurationTemplate'],
  controls: {
    configRule: 'ELASTIC_BEANSTALK_LOGS_TO_CLOUDWATCH',
    securityHub: ['ElasticBeanstalk.3'],
    controlTower: ['CT.ELASTICBEANSTALK.PR.3'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7'],
  },
  docs: {
    description: 'Application and web-server logs stay on the customer\'s instances, and are lost with them, unless streamed to CloudWatch Logs.',
    addressedBy: 'Option `aws:elasticbeanstalk:cloudwatch:logs` / `StreamLogs` = `true`.',
    default: 'StreamLogs defaults to false. An environment without it is unaddressed (needs review when it takes its settings from a configuration template); a configuration template without it leaves the choice to the environment and passes, as CT.ELASTICBEANSTALK.PR.3 treats it.',
    fix: {
      cdk: 'new elasticbeanstalk.CfnEnvironment(this, id, { ..., optionSettings: [{ namespace: "aws:elasticbeanstalk:cloudwatch:logs", optionName: "StreamLogs", value: "true" }] })',
      cloudformation: 'Add `{ Namespace: aws:elasticbeanstalk:cloudwatch:logs, OptionName: StreamLogs, Value: "true" }` to `OptionSettings`.',
    },
  },
  check(resource) {
    const isTemplate = resource.type === 'AWS::ElasticBeanstalk::ConfigurationTemplate';
    const finding = judge(resource.get('OptionSettings'), (settings) => {
      const option = beanstalkOption(settings, 'aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs');
      if (option instanceof Unresolved) return review(`OptionSettings cannot be read: ${option.reason}`);
      if (option === undefined) return isTemplate ? pass('StreamLogs is left to the environment') : fail('StreamLogs is not set, so instance logs are not streamed to CloudWatch Logs');
      const flag = asBoolean(option);
      if (flag === undefined) return review('the StreamLogs value cannot be resolved');
      return flag ? pass('instance logs are streamed to CloudWatch Logs') : fail('StreamLogs is false, so instance logs are not streamed to CloudWatch Logs');
    });
    if (!isTemplate && finding.status === 'unaddressed' && resource.get('TemplateName').value !== undefined && /not set/.test(finding.message)) {
      return needsReview('StreamLogs is not set here; the environment may take it from its configuration template', { propertyPath: 'OptionSettings' });
    }
    return finding;
  },
});
