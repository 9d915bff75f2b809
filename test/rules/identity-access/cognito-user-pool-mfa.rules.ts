import * as cognito from 'aws-cdk-lib/aws-cognito';
import rule from '../../../rules/identity-access/cognito-user-pool-mfa';
import { testRule } from '../../support/rule-tester';

const pool = (properties: object) => ({ P: { Type: 'AWS::Cognito::UserPool', Properties: properties } });

testRule(rule, [
  { name: 'MFA required', resources: pool({ MfaConfiguration: 'ON', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] }), expect: 'addressed' },
  { name: 'MFA optional', resources: pool({ MfaConfiguration: 'OPTIONAL', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] }), expect: [{ status: 'unaddressed', propertyPath: 'MfaConfiguration' }] },
  { name: 'MFA not configured', resources: pool({}), expect: [{ status: 'unaddressed', message: 'not set' }] },
  { name: 'parameter without a default', parameters: { M: { Type: 'String' } }, resources: pool({ MfaConfiguration: { Ref: 'M' } }), expect: 'needs-review' },
  { name: 'UserPool with MFA required', cdk: (stack) => void new cognito.UserPool(stack, 'P', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { otp: true, sms: false } }), expect: 'addressed' },
  { name: 'UserPool with default settings', cdk: (stack) => void new cognito.UserPool(stack, 'P'), expect: 'unaddressed' },
]);
