import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/identity-access/lambda-permission-not-public';
import { testRule } from '../../support/rule-tester';

const permission = (properties: object) => ({ Perm: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: 'fn', Action: 'lambda:InvokeFunction', ...properties } } });
const fn = (stack: import('aws-cdk-lib').Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });

testRule(rule, [
  { name: 'account principal', resources: permission({ Principal: '111111111111' }), expect: 'addressed' },
  { name: 'service principal with SourceArn', resources: permission({ Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::b' }), expect: 'addressed' },
  { name: 'Principal "*"', resources: permission({ Principal: '*' }), expect: [{ status: 'unaddressed', propertyPath: 'Principal', message: /any caller/ }] },
  { name: '"*" narrowed by PrincipalOrgID', resources: permission({ Principal: '*', PrincipalOrgID: 'o-123' }), expect: 'addressed' },
  { name: 'service principal without a source', resources: permission({ Principal: 'sns.amazonaws.com' }), expect: 'unaddressed' },
  { name: 'principal from a parameter without a default', parameters: { P: { Type: 'String' } }, resources: permission({ Principal: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'source from a parameter without a default', parameters: { Src: { Type: 'String' } }, resources: permission({ Principal: '*', SourceArn: { Ref: 'Src' } }), expect: 'needs-review' },
  {
    name: 'Function permission for a service with a source',
    cdk: (stack) => fn(stack).addPermission('Events', { principal: new iam.ServicePrincipal('events.amazonaws.com'), sourceArn: 'arn:aws:events:eu-west-1:111111111111:rule/r' }),
    expect: 'addressed',
  },
  {
    name: 'Function invocable by anyone',
    cdk: (stack) => fn(stack).addPermission('Anyone', { principal: new iam.AnyPrincipal() }),
    expect: 'unaddressed',
  },
]);
