import { needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { ResourceReference, Unresolved, isPlainObject, type Resolved } from '../../lib/model/values';
import { requireTrue } from './shared/support';

const NAMESPACE = 'aws:elasticbeanstalk:managedactions';
const OPTION = 'ManagedActionsEnabled';

/** The option in `OptionSettings`: its index, `undefined` when absent, or why the list cannot be read. */
function findOption(resource: ResourceModel): number | undefined | Unresolved {
  const settings = resource.property('OptionSettings');
  if (settings === undefined) return undefined;
  if (!Array.isArray(settings)) return new Unresolved('OptionSettings cannot be resolved');
  let unsure: Unresolved | undefined;
  const index = (settings as readonly Resolved[]).findIndex((setting) => {
    if (!isPlainObject(setting)) return false;
    if (typeof setting.Namespace !== 'string' || typeof setting.OptionName !== 'string') {
      unsure ??= new Unresolved('an option setting has a namespace or name the tool cannot resolve');
      return false;
    }
    return setting.Namespace === NAMESPACE && setting.OptionName === OPTION;
  });
  return index >= 0 ? index : unsure;
}

function judgeOption(resource: ResourceModel, where: string): Finding | undefined {
  const found = findOption(resource);
  if (found instanceof Unresolved) return needsReview(`${where}: ${found.reason}`, { propertyPath: 'OptionSettings' });
  if (found === undefined) return undefined;
  return requireTrue(resource.get(`OptionSettings.${found}.Value`), {
    whenAbsent: false,
    on: `${where} turns managed platform updates on`,
    off: `${where} turns managed platform updates off, so platform patches wait for someone to apply them`,
  });
}

/** An environment inherits options from the configuration template it names. */
export default defineRule({
  id: 'SRM-PAT-023',
  title: 'Elastic Beanstalk environment has managed platform updates on',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment', 'AWS::ElasticBeanstalk::ConfigurationTemplate'],
  controls: {
    configRule: 'ELASTIC_BEANSTALK_MANAGED_UPDATES_ENABLED',
    securityHub: ['ElasticBeanstalk.2'],
    controlTower: ['CT.ELASTICBEANSTALK.PR.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    cdkNag: ['AwsSolutions-EB3', 'NIST.800.53.R5-ElasticBeanstalkManagedUpdatesEnabled', 'HIPAA.Security-ElasticBeanstalkManagedUpdatesEnabled'],
  },
  docs: {
    description: 'Elastic Beanstalk patches the platform (OS, web server, language runtime) only when managed platform updates are on; otherwise applying platform versions is the customer\'s job.',
    addressedBy: 'An option setting `aws:elasticbeanstalk:managedactions` / `ManagedActionsEnabled` = `true` on the environment or on the configuration template it uses.',
    default: 'Not set in the template: the EB console and EB CLI turn managed updates on, but CloudFormation and the API leave them off: unaddressed.',
    fix: {
      cdk: "new elasticbeanstalk.CfnEnvironment(this, 'Env', { ..., optionSettings: [{ namespace: 'aws:elasticbeanstalk:managedactions', optionName: 'ManagedActionsEnabled', value: 'true' }, { namespace: 'aws:elasticbeanstalk:managedactions:platformupdate', optionName: 'UpdateLevel', value: 'minor' }] })",
      cloudformation: 'Add OptionSettings `{Namespace: aws:elasticbeanstalk:managedactions, OptionName: ManagedActionsEnabled, Value: "true"}` plus a `PreferredStartTime` and an `UpdateLevel`.',
    },
  },
  check(resource) {
    const own = judgeOption(resource, resource.type === 'AWS::ElasticBeanstalk::Environment' ? 'the environment' : 'the configuration template');
    if (own) return own;
    if (resource.type === 'AWS::ElasticBeanstalk::Environment') {
      const template = resource.get('TemplateName').value;
      if (template instanceof ResourceReference) {
        const target = resource.stack.resource(template.logicalId);
        const inherited = target && judgeOption(target, `configuration template ${target.logicalId}`);
        if (inherited) return inherited;
      } else if (template !== undefined) {
        return needsReview('the environment uses a configuration template defined outside this template, which may turn managed updates on', { propertyPath: 'TemplateName' });
      }
    }
    return unaddressed('managed platform updates are not turned on (aws:elasticbeanstalk:managedactions ManagedActionsEnabled is not set)', { propertyPath: 'OptionSettings' });
  },
});
