import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/network-exposure/ecs-task-definition-awsvpc';
import { testRule } from '../../support/rule-tester';

const td = (properties: object) => ({ Td: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [{ Name: 'a', Image: 'nginx' }], ...properties } } });

testRule(rule, [
  { name: 'awsvpc', resources: td({ NetworkMode: 'awsvpc' }), expect: 'addressed' },
  { name: 'host', resources: td({ NetworkMode: 'host' }), expect: [{ status: 'unaddressed', message: /host/ }] },
  { name: 'absent: bridge', resources: td({}), expect: [{ status: 'unaddressed', message: /bridge/ }] },
  { name: 'parameter without default', parameters: { M: { Type: 'String' } }, resources: td({ NetworkMode: { Ref: 'M' } }), expect: 'needs-review' },
  { name: 'FargateTaskDefinition', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'Td'), expect: 'addressed' },
  { name: 'Ec2TaskDefinition default', cdk: (stack) => void new ecs.Ec2TaskDefinition(stack, 'Td'), expect: 'unaddressed' },
]);
