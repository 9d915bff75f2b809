import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, isPlainObject } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-022',
  title: 'ECS task definition containers have a log configuration',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_TASK_DEFINITION_LOG_CONFIGURATION',
    securityHub: ['ECS.9'],
    controlTower: ['CT.ECS.PR.5'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7'],
    cdkNag: ['AwsSolutions-ECS7'],
  },
  docs: {
    description: 'What the customer\'s containers write to stdout and stderr is lost when the task stops, unless a log driver ships it.',
    addressedBy: '`LogConfiguration.LogDriver` (awslogs, awsfirelens, splunk, ...) on every container definition.',
    default: 'A container without LogConfiguration keeps no logs after the task stops (on Fargate they are gone): unaddressed.',
    fix: {
      cdk: 'taskDefinition.addContainer(id, { ..., logging: ecs.LogDrivers.awsLogs({ streamPrefix: id }) })',
      cloudformation: 'Set `LogConfiguration: { LogDriver: awslogs, Options: {...} }` on every entry of `ContainerDefinitions`.',
    },
  },
  check(taskDefinition) {
    return judge(taskDefinition.get('ContainerDefinitions'), (value) => {
      const containers = listOf(value);
      if (containers instanceof Unresolved) return review(`ContainerDefinitions cannot be read: ${containers.reason}`);
      const missing: string[] = [];
      for (const [index, container] of containers.entries()) {
        if (!isPlainObject(container)) return review(`container definition ${index} cannot be read`);
        const name = typeof container.Name === 'string' ? container.Name : `#${index}`;
        const config = container.LogConfiguration;
        if (config === undefined) missing.push(name);
        else if (!isPlainObject(config)) return review(`LogConfiguration of container ${name} cannot be read`);
        else if (config.LogDriver === undefined) missing.push(name);
      }
      if (containers.length === 0) return review('the task definition lists no containers the tool can see');
      return missing.length === 0 ? pass('every container has a log driver') : fail(`container(s) ${missing.join(', ')} have no log configuration`);
    });
  },
});
