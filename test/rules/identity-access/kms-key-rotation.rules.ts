import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/identity-access/kms-key-rotation';
import { testRule } from '../../support/rule-tester';

const key = (properties: object) => ({ Key: { Type: 'AWS::KMS::Key', Properties: properties } });

testRule(rule, [
  { name: 'rotation on', resources: key({ EnableKeyRotation: true }), expect: 'addressed' },
  { name: 'rotation absent', resources: key({}), expect: [{ status: 'unaddressed', message: /not set/ }] },
  { name: 'rotation "false"', resources: key({ EnableKeyRotation: 'false' }), expect: 'unaddressed' },
  { name: 'asymmetric key is not checked', resources: key({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }), expect: [] },
  { name: 'imported key material is not checked', resources: key({ Origin: 'EXTERNAL' }), expect: [] },
  { name: 'parameter without a default', parameters: { Rotate: { Type: 'String' } }, resources: key({ EnableKeyRotation: { Ref: 'Rotate' } }), expect: 'needs-review' },
  { name: 'a string that is not a boolean', resources: key({ EnableKeyRotation: 'yes' }), expect: 'needs-review' },
  { name: 'Key with rotation', cdk: (stack) => void new kms.Key(stack, 'Key', { enableKeyRotation: true }), expect: 'addressed' },
  { name: 'Key without rotation', cdk: (stack) => void new kms.Key(stack, 'Key'), expect: 'unaddressed' },
]);
