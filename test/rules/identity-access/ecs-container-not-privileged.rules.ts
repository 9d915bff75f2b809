import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/identity-access/ecs-container-not-privileged';
import { testRule } from '../../support/rule-tester';

const task = (container: object) => ({ T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [{ Name: 'app', Image: 'nginx', ...container }] } } });
const image = ecs.ContainerImage.fromRegistry('nginx');

testRule(rule, [
  { name: 'Privileged absent', resources: task({}), expect: 'addressed' },
  { name: 'Privileged true', resources: task({ Privileged: true }), expect: [{ status: 'unaddressed', key: 'app', propertyPath: 'ContainerDefinitions.0.Privileged' }] },
  { name: 'parameter without a default', parameters: { Priv: { Type: 'String' } }, resources: task({ Privileged: { Ref: 'Priv' } }), expect: 'needs-review' },
  { name: 'container definitions imported', resources: { T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: { 'Fn::ImportValue': 'defs' } } } }, expect: 'needs-review' },
  {
    name: 'Ec2TaskDefinition with a normal container',
    cdk: (stack) => void new ecs.Ec2TaskDefinition(stack, 'T').addContainer('app', { image, memoryLimitMiB: 256 }),
    expect: 'addressed',
  },
  {
    name: 'Ec2TaskDefinition with a privileged container',
    cdk: (stack) => void new ecs.Ec2TaskDefinition(stack, 'T').addContainer('app', { image, memoryLimitMiB: 256, privileged: true }),
    expect: 'unaddressed',
  },
]);
