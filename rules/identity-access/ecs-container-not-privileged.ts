import { asBoolean } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isUnknown, perContainer } from './lib/ecs-containers';

export default defineRule({
  id: 'SRM-IAM-022',
  title: 'ECS containers do not run privileged',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_CONTAINERS_NONPRIVILEGED',
    securityHub: ['ECS.4'],
    controlTower: ['CT.ECS.PR.11'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'],
  },
  docs: {
    description: 'A privileged container has root access to the host; a flaw in it becomes a compromise of the host and every task on it.',
    addressedBy: '`Privileged` absent or `false` in every `ContainerDefinitions` entry.',
    default: 'Absent means `false`: addressed.',
    fix: {
      cdk: "taskDefinition.addContainer('App', { image, privileged: false })",
      cloudformation: 'Remove `Privileged: true` from the container definitions.',
    },
  },
  check(task) {
    return perContainer(task, (container, name) => {
      const value = container.Privileged;
      if (value === undefined) return { ok: true, message: `container ${name} is not privileged (Privileged is not set; the default is false)`, property: 'Privileged' };
      if (isUnknown(value) || asBoolean(value) === undefined) return { ok: undefined, message: `Privileged of container ${name} cannot be resolved`, property: 'Privileged' };
      return asBoolean(value) ? { ok: false, message: `container ${name} runs privileged`, property: 'Privileged' } : { ok: true, message: `container ${name} is not privileged`, property: 'Privileged' };
    });
  },
});
