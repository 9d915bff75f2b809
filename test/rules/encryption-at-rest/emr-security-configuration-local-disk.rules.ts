import * as emr from 'aws-cdk-lib/aws-emr';
import rule from '../../../rules/encryption-at-rest/emr-security-configuration-local-disk';
import { testRule } from '../../support/rule-tester';
import { emrConfig, localDisk, s3Mode } from './emr-cases';
import { one } from './cases';

const T = 'AWS::EMR::SecurityConfiguration';
void localDisk;
void s3Mode;

testRule(rule, [
  { name: 'configured', resources: one(T, { SecurityConfiguration: emrConfig(localDisk('AwsKms')) }), expect: 'addressed' },
  { name: 'at-rest encryption off', resources: one(T, { SecurityConfiguration: emrConfig(localDisk('AwsKms'), false) }), expect: 'unaddressed' },
  { name: 'not configured the way the rule asks', resources: one(T, { SecurityConfiguration: emrConfig(localDisk('AwsKms', false)) }), expect: 'unaddressed' },
  { name: 'value of the wrong kind', resources: one(T, { SecurityConfiguration: emrConfig(localDisk('Whatever')) }), expect: 'needs-review' },
  { name: 'parameter without a default', parameters: { Unknown: { Type: 'String' } }, resources: one(T, { SecurityConfiguration: emrConfig(localDisk('AwsKms'), { Ref: 'Unknown' }) }), expect: 'needs-review' },
  { name: 'L1 configured', cdk: (stack) => void new emr.CfnSecurityConfiguration(stack, 'Security', { securityConfiguration: emrConfig(localDisk('AwsKms')) }), expect: 'addressed' },
  { name: 'L1 with at-rest encryption off', cdk: (stack) => void new emr.CfnSecurityConfiguration(stack, 'Security', { securityConfiguration: emrConfig(undefined, false) }), expect: 'unaddressed' },
]);
