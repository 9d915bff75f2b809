import * as lambda from 'aws-cdk-lib/aws-lambda';
import rule from '../../../rules/identity-access/lambda-layer-permission-scoped';
import { testRule } from '../../support/rule-tester';

const permission = (properties: object) => ({ P: { Type: 'AWS::Lambda::LayerVersionPermission', Properties: { Action: 'lambda:GetLayerVersion', LayerVersionArn: 'arn:aws:lambda:eu-west-1:1:layer:l:1', ...properties } } });
const layer = (stack: import('aws-cdk-lib').Stack) => new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset(__dirname) });

testRule(rule, [
  { name: 'one account', resources: permission({ Principal: '111111111111' }), expect: 'addressed' },
  { name: 'everyone in an organization', resources: permission({ Principal: '*', OrganizationId: 'o-123' }), expect: 'addressed' },
  { name: 'every account', resources: permission({ Principal: '*' }), expect: [{ status: 'unaddressed', propertyPath: 'Principal' }] },
  { name: 'organization from a parameter without a default', parameters: { Org: { Type: 'String' } }, resources: permission({ Principal: '*', OrganizationId: { Ref: 'Org' } }), expect: 'needs-review' },
  { name: 'LayerVersion shared with an account', cdk: (stack) => layer(stack).addPermission('Acct', { accountId: '111111111111' }), expect: 'addressed' },
  { name: 'LayerVersion shared with everyone', cdk: (stack) => layer(stack).addPermission('All', { accountId: '*' }), expect: 'unaddressed' },
]);
