import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, isPlainObject } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-021',
  title: 'ECS cluster has Container Insights',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::ECS::Cluster'],
  controls: {
    configRule: 'ECS_CONTAINER_INSIGHTS_ENABLED',
    securityHub: ['ECS.12'],
    controlTower: ['CT.ECS.PR.2'],
    nist80053: ['AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-2'],
    cdkNag: ['AwsSolutions-ECS4'],
  },
  docs: {
    description: 'Container Insights collects the metrics and events of the customer\'s tasks and services, which the customer needs to spot failures and abuse.',
    addressedBy: '`ClusterSettings: [{ Name: containerInsights, Value: enabled | enhanced }]`.',
    default: 'Without the setting the cluster follows the account\'s containerInsights default, which the template does not show and which is off unless changed: unaddressed.',
    fix: {
      cdk: 'new ecs.Cluster(this, id, { containerInsightsV2: ecs.ContainerInsights.ENHANCED })',
      cloudformation: 'Set `ClusterSettings: [{ Name: containerInsights, Value: enabled }]` on the AWS::ECS::Cluster.',
    },
  },
  check(cluster) {
    return judge(cluster.get('ClusterSettings'), (value) => {
      const settings = listOf(value);
      if (settings instanceof Unresolved) return review(`ClusterSettings cannot be read: ${settings.reason}`);
      for (const setting of settings) {
        if (!isPlainObject(setting)) return review('a cluster setting cannot be read');
        if (setting.Name !== 'containerInsights') continue;
        if (setting.Value === 'enabled' || setting.Value === 'enhanced') return pass(`Container Insights is ${setting.Value}`);
        if (typeof setting.Value === 'string') return fail(`Container Insights is ${setting.Value}`);
        return review('the containerInsights value cannot be resolved');
      }
      return fail('Container Insights is not enabled on the cluster');
    });
  },
});
