import { defineRule } from '../../lib/engine/rule';
import { containerUserFindings } from './shared/ecs-users';

export default defineRule({
  id: 'SRM-PAT-026',
  title: 'ECS task definition containers run as a non-root user',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_TASK_DEFINITION_NONROOT_USER',
    controlTower: ['CT.ECS.PR.3'],
    nist80053: ['AC-3', 'AC-6', 'AC-2(1)'],
  },
  docs: {
    description: 'The container image and how it runs are the customer\'s. A root container turns any unpatched flaw in it into root on the task, and a step closer to the host.',
    addressedBy: '`User` set to a non-root user (not `root`, not uid `0`) in every container definition.',
    default: 'Absent, the container runs as the image\'s default user, which for most images is root: unaddressed.',
    fix: {
      cdk: "taskDefinition.addContainer('App', { image, user: '1000' })",
      cloudformation: 'Set `User: "1000"` (or a named non-root user) in each `ContainerDefinitions` entry.',
    },
  },
  check(task) {
    return containerUserFindings(task, { privilegedOk: false });
  },
});
