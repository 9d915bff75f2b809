import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/network-exposure/ecs-service-no-public-ip';
import { testRule } from '../../support/rule-tester';

const service = (awsvpc?: object) => ({
  Svc: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'td', ...(awsvpc ? { NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], ...awsvpc } } } : {}) } },
});
const fargate = (assignPublicIp: boolean) => (stack: Stack) => {
  const vpc = new ec2.Vpc(stack, 'Vpc');
  const cluster = new ecs.Cluster(stack, 'Cluster', { vpc });
  const taskDefinition = new ecs.FargateTaskDefinition(stack, 'Td');
  taskDefinition.addContainer('app', { image: ecs.ContainerImage.fromRegistry('nginx') });
  new ecs.FargateService(stack, 'Svc', { cluster, taskDefinition, assignPublicIp, vpcSubnets: { subnetType: assignPublicIp ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS } });
};

testRule(rule, [
  { name: 'DISABLED', resources: service({ AssignPublicIp: 'DISABLED' }), expect: 'addressed' },
  { name: 'absent', resources: service({}), expect: 'addressed' },
  { name: 'ENABLED', resources: service({ AssignPublicIp: 'ENABLED' }), expect: [{ status: 'unaddressed', propertyPath: 'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp' }] },
  { name: 'bridge-mode service', resources: service(), expect: [] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: service({ AssignPublicIp: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'FargateService with a public IP', cdk: fargate(true), expect: 'unaddressed' },
  { name: 'FargateService without', cdk: fargate(false), expect: 'addressed' },
]);
