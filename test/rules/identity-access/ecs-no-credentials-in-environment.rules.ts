import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/identity-access/ecs-no-credentials-in-environment';
import { testRule } from '../../support/rule-tester';

const task = (environment: unknown) => ({ T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [{ Name: 'app', Image: 'nginx', Environment: environment }] } } });
const image = ecs.ContainerImage.fromRegistry('nginx');

testRule(rule, [
  { name: 'harmless variables', resources: task([{ Name: 'LOG_LEVEL', Value: 'info' }]), expect: 'addressed' },
  { name: 'AWS keys in the environment', resources: task([{ Name: 'AWS_SECRET_ACCESS_KEY', Value: 'x' }]), expect: [{ status: 'unaddressed', key: 'app', message: /AWS_SECRET_ACCESS_KEY/ }] },
  { name: 'variable name from a parameter without a default', parameters: { N: { Type: 'String' } }, resources: task([{ Name: { Ref: 'N' }, Value: 'x' }]), expect: 'needs-review' },
  { name: 'FargateTaskDefinition with plain settings', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'T').addContainer('app', { image, environment: { STAGE: 'prod' } }), expect: 'addressed' },
  { name: 'FargateTaskDefinition with an access key', cdk: (stack) => void new ecs.FargateTaskDefinition(stack, 'T').addContainer('app', { image, environment: { AWS_ACCESS_KEY_ID: 'AKIA...' } }), expect: 'unaddressed' },
]);
