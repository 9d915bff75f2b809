import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, ConditionalValue } from '../../lib/model/values';
import { containerUserFindings } from './shared/ecs-users';

/** Only `host` network mode shares the host's network stack; other modes are out of scope. */
export default defineRule({
  id: 'SRM-PAT-027',
  title: 'ECS task definition in host network mode runs containers as non-root or explicitly privileged',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_TASK_DEFINITION_USER_FOR_HOST_MODE_CHECK',
    securityHub: ['ECS.1'],
    controlTower: ['CT.ECS.PR.8'],
    nist80053: ['AC-3', 'AC-5', 'AC-6'],
    cdkNag: ['NIST.800.53.R5-ECSTaskDefinitionUserForHostMode', 'HIPAA.Security-ECSTaskDefinitionUserForHostMode', 'PCI.DSS.321-ECSTaskDefinitionUserForHostMode'],
  },
  docs: {
    description: 'In host network mode a container shares the instance\'s network stack; running it as root without an explicit privileged opt-in hands an unpatched container the host\'s network.',
    addressedBy: 'With `NetworkMode: host`, each container sets a non-root `User`, or `Privileged: true` as an explicit opt-in.',
    default: '`NetworkMode` absent means `bridge` on EC2 (or `awsvpc` on Fargate): not applicable.',
    fix: {
      cdk: "new ecs.Ec2TaskDefinition(this, 'Task', { networkMode: ecs.NetworkMode.HOST }).addContainer('App', { image, user: '1000' })",
      cloudformation: 'Set `User` to a non-root user in each container definition of the host-mode task definition.',
    },
  },
  check(task) {
    const mode = task.get('NetworkMode').value;
    if (mode instanceof Unresolved || mode instanceof ConditionalValue) {
      return needsReview('the network mode cannot be resolved, so whether containers share the host network is unknown', { propertyPath: 'NetworkMode' });
    }
    if (mode !== 'host') return undefined;
    return containerUserFindings(task, { privilegedOk: true });
  },
});
