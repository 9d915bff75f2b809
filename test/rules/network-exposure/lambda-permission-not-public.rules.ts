import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/network-exposure/lambda-permission-not-public';
import { testRule } from '../../support/rule-tester';

const permission = (properties: object) => ({ P: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: 'fn', Action: 'lambda:InvokeFunction', ...properties } } });
const fn = (stack: Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x') });

testRule(rule, [
  { name: 'account principal', resources: permission({ Principal: '123456789012' }), expect: 'addressed' },
  { name: 'service principal with SourceArn', resources: permission({ Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::b' }), expect: 'addressed' },
  { name: 'wildcard with PrincipalOrgID', resources: permission({ Principal: '*', PrincipalOrgID: 'o-123' }), expect: 'addressed' },
  { name: 'wildcard alone', resources: permission({ Principal: '*' }), expect: [{ status: 'unaddressed', message: /anyone/ }] },
  { name: 'service principal alone', resources: permission({ Principal: 'sns.amazonaws.com' }), expect: [{ status: 'unaddressed', message: /any account/ }] },
  { name: 'service principal with only PrincipalOrgID', resources: permission({ Principal: 'sns.amazonaws.com', PrincipalOrgID: 'o-1' }), expect: 'unaddressed' },
  { name: 'principal from a parameter without default', parameters: { Who: { Type: 'String' } }, resources: permission({ Principal: { Ref: 'Who' } }), expect: 'needs-review' },
  { name: 'addPermission to anyone', cdk: (stack) => fn(stack).addPermission('Any', { principal: new iam.AnyPrincipal() }), expect: 'unaddressed' },
  {
    name: 'addPermission to S3 from one bucket',
    cdk: (stack) => fn(stack).addPermission('S3', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'arn:aws:s3:::my-bucket', sourceAccount: '123456789012' }),
    expect: 'addressed',
  },
]);
