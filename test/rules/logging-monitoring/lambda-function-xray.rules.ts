import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/logging-monitoring/lambda-function-xray';
import { testRule } from '../../support/rule-tester';

const fn = (properties: object) => ({ Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: 'r', Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: 'x' }, ...properties } } });
const build = (tracing?: lambda.Tracing) => (stack: import('aws-cdk-lib').Stack) =>
  void new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'), tracing });

testRule(rule, [
  { name: 'Active', resources: fn({ TracingConfig: { Mode: 'Active' } }), expect: 'addressed' },
  { name: 'absent', resources: fn({}), expect: 'unaddressed' },
  { name: 'PassThrough', resources: fn({ TracingConfig: { Mode: 'PassThrough' } }), expect: [{ status: 'unaddressed', message: /PassThrough/ }] },
  { name: 'mode from a parameter', parameters: { M: { Type: 'String' } }, resources: fn({ TracingConfig: { Mode: { Ref: 'M' } } }), expect: 'needs-review' },
  { name: 'Function with active tracing', cdk: build(lambda.Tracing.ACTIVE), expect: [{ status: 'addressed', on: 'Fn' }] },
  { name: 'Function defaults', cdk: build(), expect: [{ status: 'unaddressed', on: 'Fn' }] },
]);
