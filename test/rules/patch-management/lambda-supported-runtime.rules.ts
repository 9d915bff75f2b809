import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/patch-management/lambda-supported-runtime';
import { testRule } from '../../support/rule-tester';

const fn = (properties: object) => ({ Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::1:role/r', Code: { ZipFile: 'x' }, Handler: 'index.handler', ...properties } } });

testRule(rule, [
  { name: 'supported runtime', resources: fn({ Runtime: 'nodejs24.x' }), expect: [{ status: 'addressed', message: /supported until 2028-04-30/ }] },
  { name: 'deprecated runtime', resources: fn({ Runtime: 'nodejs16.x' }), expect: [{ status: 'unaddressed', message: /deprecated on 2024-06-12/, propertyPath: 'Runtime' }] },
  { name: 'python 2.7', resources: fn({ Runtime: 'python2.7' }), expect: 'unaddressed' },
  { name: 'unknown identifier', resources: fn({ Runtime: 'cobol85' }), expect: [{ status: 'needs-review', message: /not in the tool's list/ }] },
  { name: 'parameter without default', parameters: { R: { Type: 'String' } }, resources: fn({ Runtime: { Ref: 'R' } }), expect: 'needs-review' },
  { name: 'parameter with a deprecated default', parameters: { R: { Type: 'String', Default: 'go1.x' } }, resources: fn({ Runtime: { Ref: 'R' } }), expect: 'unaddressed' },
  { name: 'container image: customer patches the image', resources: fn({ PackageType: 'Image', Code: { ImageUri: '1.dkr.ecr.eu-west-1.amazonaws.com/r:1' } }), expect: [{ status: 'runtime', message: /container image/ }] },
  { name: 'Function on a current runtime', cdk: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.PYTHON_3_13, handler: 'i.h', code: lambda.Code.fromInline('x') }), expect: 'addressed' },
  { name: 'Function on a deprecated runtime', cdk: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'i.h', code: lambda.Code.fromInline('x') }), expect: 'unaddressed' },
]);
