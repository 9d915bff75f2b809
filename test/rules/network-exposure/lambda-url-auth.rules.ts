import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/network-exposure/lambda-url-auth';
import { testRule } from '../../support/rule-tester';

const url = (authType: unknown) => ({ U: { Type: 'AWS::Lambda::Url', Properties: { AuthType: authType, TargetFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:f' } } });
const withUrl = (authType: lambda.FunctionUrlAuthType) => (stack: Stack) =>
  void new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x') }).addFunctionUrl({ authType });

testRule(rule, [
  { name: 'AWS_IAM', resources: url('AWS_IAM'), expect: 'addressed' },
  { name: 'NONE', resources: url('NONE'), expect: [{ status: 'unaddressed', propertyPath: 'AuthType' }] },
  { name: 'parameter without default', parameters: { A: { Type: 'String' } }, resources: url({ Ref: 'A' }), expect: 'needs-review' },
  { name: 'wrong type', resources: url(true), expect: 'needs-review' },
  { name: 'IAM-authenticated URL', cdk: withUrl(lambda.FunctionUrlAuthType.AWS_IAM), expect: 'addressed' },
  { name: 'public URL', cdk: withUrl(lambda.FunctionUrlAuthType.NONE), expect: 'unaddressed' },
]);
