import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/patch-management/ecs-task-nonroot-user';
import { testRule } from '../../support/rule-tester';

const task = (...containers: object[]) => ({ Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: containers } } });
const image = ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1');

testRule(rule, [
  { name: 'non-root user', resources: task({ Name: 'app', Image: 'x', User: '1000' }), expect: [{ status: 'addressed', key: 'app' }] },
  { name: 'no user', resources: task({ Name: 'app', Image: 'x' }), expect: [{ status: 'unaddressed', key: 'app', message: /usually root/ }] },
  { name: 'root by uid', resources: task({ Name: 'app', Image: 'x', User: '0:0' }), expect: [{ status: 'unaddressed', message: /runs as root/ }] },
  {
    name: 'one finding per container',
    resources: task({ Name: 'app', Image: 'x', User: 'app' }, { Name: 'sidecar', Image: 'y', User: 'root' }),
    expect: [{ status: 'addressed', key: 'app' }, { status: 'unaddressed', key: 'sidecar' }],
  },
  { name: 'user from a parameter', parameters: { U: { Type: 'String' } }, resources: task({ Name: 'app', Image: 'x', User: { Ref: 'U' } }), expect: 'needs-review' },
  { name: 'container list from an import', resources: { Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: { 'Fn::ImportValue': 'C' } } } }, expect: 'needs-review' },
  { name: 'Fargate task with a user', cdk: (stack) => new ecs.FargateTaskDefinition(stack, 'Task').addContainer('App', { image, user: '1000' }), expect: 'addressed' },
  { name: 'Fargate task without a user', cdk: (stack) => new ecs.FargateTaskDefinition(stack, 'Task').addContainer('App', { image }), expect: 'unaddressed' },
]);
