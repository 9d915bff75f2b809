import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/network-exposure/lambda-url-cors-restricted';
import { testRule } from '../../support/rule-tester';

const url = (cors?: object) => ({ U: { Type: 'AWS::Lambda::Url', Properties: { AuthType: 'AWS_IAM', TargetFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:f', ...(cors ? { Cors: cors } : {}) } } });
const withUrl = (allowedOrigins: string[]) => (stack: Stack) =>
  void new lambda.Function(stack, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x') }).addFunctionUrl({ cors: { allowedOrigins } });

testRule(rule, [
  { name: 'no CORS', resources: url(), expect: 'addressed' },
  { name: 'specific origin', resources: url({ AllowOrigins: ['https://app.example.com'] }), expect: 'addressed' },
  { name: 'wildcard', resources: url({ AllowOrigins: ['*'] }), expect: 'unaddressed' },
  { name: 'https wildcard', resources: url({ AllowOrigins: ['https://app.example.com', 'https://*'] }), expect: [{ status: 'unaddressed', message: /https:\/\/\*/ }] },
  { name: 'origins from a parameter without default', parameters: { O: { Type: 'CommaDelimitedList' } }, resources: url({ AllowOrigins: { Ref: 'O' } }), expect: 'needs-review' },
  { name: 'addFunctionUrl with a specific origin', cdk: withUrl(['https://app.example.com']), expect: 'addressed' },
  { name: 'addFunctionUrl with any origin', cdk: withUrl(['*']), expect: 'unaddressed' },
]);
