import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import rule from '../../../rules/logging-monitoring/stepfunctions-logging';
import { testRule } from '../../support/rule-tester';

const machine = (properties: object) => ({ Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: { RoleArn: 'arn:aws:iam::1:role/r', DefinitionString: '{}', ...properties } } });
const destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:aws:logs:eu-west-1:1:log-group:sfn:*' } }];
const definitionBody = sfn.DefinitionBody.fromString('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}');

testRule(rule, [
  { name: 'ALL to a log group', resources: machine({ LoggingConfiguration: { Level: 'ALL', Destinations: destinations } }), expect: 'addressed' },
  { name: 'no logging', resources: machine({}), expect: 'unaddressed' },
  { name: 'FATAL only', resources: machine({ LoggingConfiguration: { Level: 'FATAL', Destinations: destinations } }), expect: [{ status: 'unaddressed', message: /FATAL/ }] },
  { name: 'level from a parameter', parameters: { L: { Type: 'String' } }, resources: machine({ LoggingConfiguration: { Level: { Ref: 'L' }, Destinations: destinations } }), expect: 'needs-review' },
  {
    name: 'StateMachine logging ALL',
    cdk: (stack) => void new sfn.StateMachine(stack, 'Machine', { definitionBody, logs: { destination: new logs.LogGroup(stack, 'Logs'), level: sfn.LogLevel.ALL } }),
    expect: 'addressed',
  },
  { name: 'StateMachine defaults', cdk: (stack) => void new sfn.StateMachine(stack, 'Machine', { definitionBody }), expect: 'unaddressed' },
]);
