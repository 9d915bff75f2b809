import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/launch-template-imdsv2';
import { testRule } from '../../support/rule-tester';

const lt = (data: object) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });

testRule(rule, [
  { name: 'required', resources: lt({ MetadataOptions: { HttpTokens: 'required' } }), expect: 'addressed' },
  { name: 'optional', resources: lt({ MetadataOptions: { HttpTokens: 'optional' } }), expect: [{ status: 'unaddressed', message: /IMDSv1 stays available/ }] },
  { name: 'absent', resources: lt({ InstanceType: 't3.micro' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { T: { Type: 'String' } }, resources: lt({ MetadataOptions: { HttpTokens: { Ref: 'T' } } }), expect: 'needs-review' },
  { name: 'LaunchTemplate with requireImdsv2', cdk: (stack) => new ec2.LaunchTemplate(stack, 'LT', { requireImdsv2: true }), expect: 'addressed' },
  { name: 'LaunchTemplate without', cdk: (stack) => new ec2.LaunchTemplate(stack, 'LT', { instanceType: new ec2.InstanceType('t3.micro') }), expect: 'unaddressed' },
]);
