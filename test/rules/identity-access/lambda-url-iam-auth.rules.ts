import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/identity-access/lambda-url-iam-auth';
import { testRule } from '../../support/rule-tester';

const url = (authType: unknown) => ({ Url: { Type: 'AWS::Lambda::Url', Properties: { TargetFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:f', AuthType: authType } } });
const fn = (stack: import('aws-cdk-lib').Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });

testRule(rule, [
  { name: 'AWS_IAM', resources: url('AWS_IAM'), expect: 'addressed' },
  { name: 'NONE', resources: url('NONE'), expect: [{ status: 'unaddressed', propertyPath: 'AuthType' }] },
  { name: 'parameter without a default', parameters: { Auth: { Type: 'String' } }, resources: url({ Ref: 'Auth' }), expect: 'needs-review' },
  { name: 'FunctionUrl with IAM auth', cdk: (stack) => void fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM }), expect: 'addressed' },
  { name: 'FunctionUrl without auth', cdk: (stack) => void fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE }), expect: 'unaddressed' },
]);
