import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/patch-management/ecs-fargate-platform-version';
import { testRule } from '../../support/rule-tester';

const service = (properties: object) => ({ Service: { Type: 'AWS::ECS::Service', Properties: { Cluster: 'c', TaskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/t:1', ...properties } } });

function fargate(stack: Stack, platformVersion?: ecs.FargatePlatformVersion): void {
  const cluster = new ecs.Cluster(stack, 'Cluster', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }) });
  const taskDefinition = new ecs.FargateTaskDefinition(stack, 'Task');
  taskDefinition.addContainer('App', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1') });
  new ecs.FargateService(stack, 'Service', { cluster, taskDefinition, platformVersion });
}

testRule(rule, [
  { name: 'absent: LATEST', resources: service({ LaunchType: 'FARGATE' }), expect: 'addressed' },
  { name: 'pinned to the latest Linux version', resources: service({ LaunchType: 'FARGATE', PlatformVersion: '1.4.0' }), expect: [{ status: 'addressed', message: /1.4.0/ }] },
  { name: 'pinned to an old version', resources: service({ LaunchType: 'FARGATE', PlatformVersion: '1.3.0' }), expect: [{ status: 'unaddressed', message: /1.3.0/ }] },
  { name: 'Fargate Spot capacity provider', resources: service({ CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }], PlatformVersion: '1.3.0' }), expect: 'unaddressed' },
  { name: 'EC2 launch type is out of scope', resources: service({ LaunchType: 'EC2', PlatformVersion: '1.3.0' }), expect: [] },
  { name: 'version from a parameter', parameters: { V: { Type: 'String' } }, resources: service({ LaunchType: 'FARGATE', PlatformVersion: { Ref: 'V' } }), expect: 'needs-review' },
  { name: 'FargateService default', cdk: (stack) => fargate(stack), expect: 'addressed' },
  { name: 'FargateService pinned to 1.3.0', cdk: (stack) => fargate(stack, ecs.FargatePlatformVersion.VERSION1_3), expect: 'unaddressed' },
]);
