import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-024',
  title: 'ECS task definitions do not share the host\'s process namespace',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_TASK_DEFINITION_PID_MODE_CHECK',
    securityHub: ['ECS.3'],
    controlTower: ['CT.ECS.PR.10'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'With `PidMode: host` containers see and can signal every process on the host, breaking the isolation between tasks.',
    addressedBy: '`PidMode` absent or `task`.',
    default: 'Absent means each container has its own process namespace: addressed.',
    fix: {
      cdk: "new ecs.Ec2TaskDefinition(this, id, { pidMode: ecs.PidMode.TASK })",
      cloudformation: 'Remove `PidMode: host` (or set `PidMode: task`) on the AWS::ECS::TaskDefinition.',
    },
  },
  check(task) {
    return requireString(task.get('PidMode'), { ok: true, message: 'containers do not share the host process namespace (PidMode is not set)' }, (value) =>
      value === 'host' ? { ok: false, message: 'PidMode is host: containers share the host\'s process namespace' } : { ok: true, message: `PidMode is ${value}` },
    );
  },
});
