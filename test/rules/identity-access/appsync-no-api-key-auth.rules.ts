import * as appsync from 'aws-cdk-lib/aws-appsync';
import rule from '../../../rules/identity-access/appsync-no-api-key-auth';
import { testRule } from '../../support/rule-tester';

const graphql = (properties: object) => ({ Api: { Type: 'AWS::AppSync::GraphQLApi', Properties: { Name: 'a', ...properties } } });
const definition = appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/fixtures/schema.graphql`));

testRule(rule, [
  { name: 'IAM', resources: graphql({ AuthenticationType: 'AWS_IAM' }), expect: 'addressed' },
  { name: 'API key', resources: graphql({ AuthenticationType: 'API_KEY' }), expect: [{ status: 'unaddressed', propertyPath: 'AuthenticationType' }] },
  {
    name: 'API key as an additional provider',
    resources: graphql({ AuthenticationType: 'AWS_IAM', AdditionalAuthenticationProviders: [{ AuthenticationType: 'API_KEY' }] }),
    expect: [
      { status: 'addressed', key: 'AuthenticationType' },
      { status: 'unaddressed', key: 'AdditionalAuthenticationProviders.0', propertyPath: 'AdditionalAuthenticationProviders.0.AuthenticationType' },
    ],
  },
  { name: 'parameter without a default', parameters: { Auth: { Type: 'String' } }, resources: graphql({ AuthenticationType: { Ref: 'Auth' } }), expect: 'needs-review' },
  { name: 'providers imported', resources: graphql({ AuthenticationType: 'AWS_IAM', AdditionalAuthenticationProviders: { 'Fn::ImportValue': 'p' } }), expect: [{ status: 'addressed', key: 'AuthenticationType' }, { status: 'needs-review', key: 'AdditionalAuthenticationProviders' }] },
  {
    name: 'GraphqlApi with IAM',
    cdk: (stack) => void new appsync.GraphqlApi(stack, 'Api', { name: 'a', definition, authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } }),
    expect: 'addressed',
  },
  { name: 'GraphqlApi with the default API key', cdk: (stack) => void new appsync.GraphqlApi(stack, 'Api', { name: 'a', definition }), expect: [{ status: 'unaddressed', on: 'Api' }] },
]);
