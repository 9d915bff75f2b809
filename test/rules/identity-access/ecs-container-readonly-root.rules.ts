import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/identity-access/ecs-container-readonly-root';
import { testRule } from '../../support/rule-tester';

const task = (container: object) => ({ T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [{ Name: 'app', Image: 'nginx', ...container }] } } });
const image = ecs.ContainerImage.fromRegistry('nginx');

testRule(rule, [
  { name: 'read-only root', resources: task({ ReadonlyRootFilesystem: true }), expect: 'addressed' },
  { name: 'absent (writable)', resources: task({}), expect: [{ status: 'unaddressed', key: 'app', message: /default is false/ }] },
  { name: 'imported', resources: task({ ReadonlyRootFilesystem: { 'Fn::ImportValue': 'ro' } }), expect: 'needs-review' },
  { name: 'FargateTaskDefinition read-only', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'T').addContainer('app', { image, readonlyRootFilesystem: true }), expect: 'addressed' },
  { name: 'FargateTaskDefinition writable', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'T').addContainer('app', { image }), expect: 'unaddressed' },
]);
