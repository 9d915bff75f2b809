import * as appsync from 'aws-cdk-lib/aws-appsync';
import rule from '../../../rules/logging-monitoring/appsync-api-logging';
import { testRule } from '../../support/rule-tester';

const api = (properties: object) => ({ Api: { Type: 'AWS::AppSync::GraphQLApi', Properties: { Name: 'api', AuthenticationType: 'API_KEY', ...properties } } });
const role = 'arn:aws:iam::1:role/appsync-logs';
const definition = appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/fixtures/schema.graphql`));

testRule(rule, [
  { name: 'ERROR with a role', resources: api({ LogConfig: { FieldLogLevel: 'ERROR', CloudWatchLogsRoleArn: role } }), expect: 'addressed' },
  { name: 'no logging', resources: api({}), expect: 'unaddressed' },
  { name: 'level NONE', resources: api({ LogConfig: { FieldLogLevel: 'NONE', CloudWatchLogsRoleArn: role } }), expect: 'unaddressed' },
  { name: 'level from a parameter', parameters: { L: { Type: 'String' } }, resources: api({ LogConfig: { FieldLogLevel: { Ref: 'L' }, CloudWatchLogsRoleArn: role } }), expect: 'needs-review' },
  { name: 'GraphqlApi with field logging', cdk: (stack) => void new appsync.GraphqlApi(stack, 'Api', { name: 'api', definition, logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR } }), expect: 'addressed' },
  { name: 'GraphqlApi defaults', cdk: (stack) => void new appsync.GraphqlApi(stack, 'Api', { name: 'api', definition }), expect: 'unaddressed' },
]);
