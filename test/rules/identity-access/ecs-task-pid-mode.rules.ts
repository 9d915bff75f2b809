import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/identity-access/ecs-task-pid-mode';
import { testRule } from '../../support/rule-tester';

const task = (properties: object) => ({ T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [{ Name: 'app', Image: 'nginx' }], ...properties } } });

testRule(rule, [
  { name: 'PidMode absent', resources: task({}), expect: 'addressed' },
  { name: 'PidMode task', resources: task({ PidMode: 'task' }), expect: 'addressed' },
  { name: 'PidMode host', resources: task({ PidMode: 'host' }), expect: [{ status: 'unaddressed', propertyPath: 'PidMode' }] },
  { name: 'parameter without a default', parameters: { Pid: { Type: 'String' } }, resources: task({ PidMode: { Ref: 'Pid' } }), expect: 'needs-review' },
  { name: 'Ec2TaskDefinition default', cdk: (stack) => void new ecs.Ec2TaskDefinition(stack, 'T'), expect: 'addressed' },
  { name: 'Ec2TaskDefinition with host PID', cdk: (stack) => void new ecs.Ec2TaskDefinition(stack, 'T', { pidMode: ecs.PidMode.HOST }), expect: 'unaddressed' },
]);
