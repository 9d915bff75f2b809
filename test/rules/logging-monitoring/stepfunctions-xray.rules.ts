import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import rule from '../../../rules/logging-monitoring/stepfunctions-xray';
import { testRule } from '../../support/rule-tester';

const machine = (properties: object) => ({ Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { RoleArn: 'arn:aws:iam::1:role/r', DefinitionString: '{}', ...properties } } });
const definitionBody = sfn.DefinitionBody.fromString('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}');

testRule(rule, [
  { name: 'tracing on', resources: machine({ TracingConfiguration: { Enabled: true } }), expect: 'addressed' },
  { name: 'tracing absent', resources: machine({}), expect: 'unaddressed' },
  { name: 'tracing from a parameter', parameters: { T: { Type: 'String' } }, resources: machine({ TracingConfiguration: { Enabled: { Ref: 'T' } } }), expect: 'needs-review' },
  { name: 'StateMachine with tracing', cdk: (stack) => void new sfn.StateMachine(stack, 'Machine', { definitionBody, tracingEnabled: true }), expect: 'addressed' },
  { name: 'StateMachine defaults', cdk: (stack) => void new sfn.StateMachine(stack, 'Machine', { definitionBody }), expect: 'unaddressed' },
]);
