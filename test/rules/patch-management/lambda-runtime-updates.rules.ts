import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/patch-management/lambda-runtime-updates';
import { testRule } from '../../support/rule-tester';

const fn = (properties: object) => ({ Fn: { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::1:role/r', Code: { ZipFile: 'x' }, Handler: 'i.h', Runtime: 'nodejs22.x', ...properties } } });
const props = { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromInline('x') };

testRule(rule, [
  { name: 'absent: Auto', resources: fn({}), expect: [{ status: 'addressed', message: /Auto/ }] },
  { name: 'FunctionUpdate', resources: fn({ RuntimeManagementConfig: { UpdateRuntimeOn: 'FunctionUpdate' } }), expect: 'addressed' },
  { name: 'Manual', resources: fn({ RuntimeManagementConfig: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:aws:lambda:eu-west-1::runtime:abc' } }), expect: [{ status: 'unaddressed', message: /pinned/ }] },
  { name: 'parameter without default', parameters: { M: { Type: 'String' } }, resources: fn({ RuntimeManagementConfig: { UpdateRuntimeOn: { Ref: 'M' } } }), expect: 'needs-review' },
  { name: 'image functions are out of scope', resources: fn({ PackageType: 'Image', RuntimeManagementConfig: { UpdateRuntimeOn: 'Manual' } }), expect: [] },
  { name: 'Function with the default mode', cdk: (stack) => new lambda.Function(stack, 'Fn', props), expect: 'addressed' },
  {
    name: 'Function pinned manually',
    cdk: (stack) => new lambda.Function(stack, 'Fn', { ...props, runtimeManagementMode: lambda.RuntimeManagementMode.manual('arn:aws:lambda:eu-west-1::runtime:abc') }),
    expect: 'unaddressed',
  },
]);
