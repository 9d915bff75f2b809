import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/logging-monitoring/ecs-task-definition-logging';
import { testRule } from '../../support/rule-tester';

const task = (containers: object[]) => ({ Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: containers } } });
const image = ecs.ContainerImage.fromRegistry('nginx');

testRule(rule, [
  { name: 'awslogs on every container', resources: task([{ Name: 'web', Image: 'nginx', LogConfiguration: { LogDriver: 'awslogs' } }]), expect: 'addressed' },
  { name: 'a container without logs', resources: task([{ Name: 'web', Image: 'nginx', LogConfiguration: { LogDriver: 'awslogs' } }, { Name: 'sidecar', Image: 'x' }]), expect: [{ status: 'unaddressed', message: /sidecar/ }] },
  { name: 'log configuration from a parameter', parameters: { L: { Type: 'String' } }, resources: task([{ Name: 'web', Image: 'nginx', LogConfiguration: { Ref: 'L' } }]), expect: 'needs-review' },
  {
    name: 'FargateTaskDefinition with awsLogs',
    cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'Task').addContainer('web', { image, logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'web' }) }),
    expect: 'addressed',
  },
  { name: 'FargateTaskDefinition without logging', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'Task').addContainer('web', { image }), expect: 'unaddressed' },
]);
