import { asBoolean } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isUnknown, perContainer } from './lib/ecs-containers';

export default defineRule({
  id: 'SRM-IAM-023',
  title: 'ECS containers have a read-only root file system',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_CONTAINERS_READONLY_ACCESS',
    securityHub: ['ECS.5'],
    controlTower: ['CT.ECS.PR.6'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'],
  },
  docs: {
    description: 'A writable root file system lets an intruder modify binaries and persist inside the container.',
    addressedBy: '`ReadonlyRootFilesystem: true` in every `ContainerDefinitions` entry (with volumes for paths that must be written).',
    default: 'Absent means `false` (writable): unaddressed.',
    fix: {
      cdk: "taskDefinition.addContainer('App', { image, readonlyRootFilesystem: true })",
      cloudformation: 'Set `ReadonlyRootFilesystem: true` in each container definition.',
    },
  },
  check(task) {
    return perContainer(task, (container, name) => {
      const value = container.ReadonlyRootFilesystem;
      if (value === undefined) return { ok: false, message: `container ${name} has a writable root file system (ReadonlyRootFilesystem is not set; the default is false)`, property: 'ReadonlyRootFilesystem' };
      if (isUnknown(value) || asBoolean(value) === undefined) return { ok: undefined, message: `ReadonlyRootFilesystem of container ${name} cannot be resolved`, property: 'ReadonlyRootFilesystem' };
      return asBoolean(value) ? { ok: true, message: `container ${name} has a read-only root file system`, property: 'ReadonlyRootFilesystem' } : { ok: false, message: `container ${name} has a writable root file system`, property: 'ReadonlyRootFilesystem' };
    });
  },
});
