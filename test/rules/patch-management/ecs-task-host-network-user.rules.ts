import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/patch-management/ecs-task-host-network-user';
import { testRule } from '../../support/rule-tester';

const task = (mode: unknown, ...containers: object[]) => ({ Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { NetworkMode: mode, ContainerDefinitions: containers } } });
const image = ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1');

testRule(rule, [
  { name: 'host mode, non-root', resources: task('host', { Name: 'app', Image: 'x', User: 'app' }), expect: 'addressed' },
  { name: 'host mode, privileged opt-in', resources: task('host', { Name: 'app', Image: 'x', Privileged: true }), expect: [{ status: 'addressed', message: /privileged/ }] },
  { name: 'host mode, no user', resources: task('host', { Name: 'app', Image: 'x' }), expect: 'unaddressed' },
  { name: 'host mode, root', resources: task('host', { Name: 'app', Image: 'x', User: 'root', Privileged: false }), expect: 'unaddressed' },
  { name: 'awsvpc mode is out of scope', resources: task('awsvpc', { Name: 'app', Image: 'x' }), expect: [] },
  { name: 'mode from a parameter', parameters: { M: { Type: 'String' } }, resources: task({ Ref: 'M' }, { Name: 'app', Image: 'x' }), expect: 'needs-review' },
  {
    name: 'Ec2TaskDefinition in host mode without a user',
    cdk: (stack) => new ecs.Ec2TaskDefinition(stack, 'Task', { networkMode: ecs.NetworkMode.HOST }).addContainer('App', { image, memoryLimitMiB: 256 }),
    expect: 'unaddressed',
  },
  {
    name: 'Ec2TaskDefinition in host mode with a user',
    cdk: (stack) => new ecs.Ec2TaskDefinition(stack, 'Task', { networkMode: ecs.NetworkMode.HOST }).addContainer('App', { image, memoryLimitMiB: 256, user: '1000' }),
    expect: 'addressed',
  },
]);
