import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-013',
  title: 'ECS task definitions use awsvpc network mode',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_AWSVPC_NETWORKING_ENABLED',
    controlTower: ['CT.ECS.PR.4'],
    nist80053: ['SC-7', 'SC-7(3)', 'SC-7(5)', 'SC-7(11)', 'SC-7(21)'],
  },
  docs: {
    description: 'In `bridge` or `host` mode tasks share the instance\'s network identity and security groups; `awsvpc` gives each task its own interface and security group.',
    addressedBy: '`NetworkMode: awsvpc`.',
    default: 'Absent: `bridge` on Linux EC2 capacity (Fargate requires awsvpc and rejects the default): unaddressed.',
    fix: {
      cdk: "new ecs.FargateTaskDefinition(this, id) // or new ecs.Ec2TaskDefinition(this, id, { networkMode: ecs.NetworkMode.AWS_VPC })",
      cloudformation: 'Set `NetworkMode: awsvpc` on the AWS::ECS::TaskDefinition.',
    },
  },
  check: (definition) =>
    decideText(definition.get('NetworkMode'), (mode) =>
      mode === undefined
        ? fail('NetworkMode is not set, so tasks use bridge networking and share the instance\'s security groups')
        : mode.toLowerCase() === 'awsvpc'
          ? pass('NetworkMode is awsvpc')
          : fail(`NetworkMode is ${mode}: tasks do not get their own network interface and security group`),
    ),
});
