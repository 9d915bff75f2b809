import * as appsync from 'aws-cdk-lib/aws-appsync';
import rule from '../../../rules/network-exposure/appsync-api-private';
import { testRule } from '../../support/rule-tester';

const api = (properties: object) => ({ A: { Type: 'AWS::AppSync::GraphQLApi', Properties: { Name: 'a', AuthenticationType: 'AWS_IAM', ...properties } } });
const definition = appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/fixtures/schema.graphql`));

testRule(rule, [
  { name: 'PRIVATE', resources: api({ Visibility: 'PRIVATE' }), expect: 'addressed' },
  { name: 'GLOBAL', resources: api({ Visibility: 'GLOBAL' }), expect: 'unaddressed' },
  { name: 'absent', resources: api({}), expect: [{ status: 'unaddressed', message: /GLOBAL/ }] },
  { name: 'parameter without default', parameters: { V: { Type: 'String' } }, resources: api({ Visibility: { Ref: 'V' } }), expect: 'needs-review' },
  { name: 'private GraphqlApi', cdk: (stack) => void new appsync.GraphqlApi(stack, 'A', { name: 'a', definition, visibility: appsync.Visibility.PRIVATE }), expect: 'addressed' },
  { name: 'GraphqlApi default', cdk: (stack) => void new appsync.GraphqlApi(stack, 'A', { name: 'a', definition }), expect: 'unaddressed' },
]);
