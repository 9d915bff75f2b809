import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import rule from '../../../rules/patch-management/launch-configuration-imdsv2';
import { testRule } from '../../support/rule-tester';

const lc = (properties: object) => ({ LC: { Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties } } });

testRule(rule, [
  { name: 'required', resources: lc({ MetadataOptions: { HttpTokens: 'required' } }), expect: 'addressed' },
  { name: 'optional', resources: lc({ MetadataOptions: { HttpTokens: 'optional' } }), expect: 'unaddressed' },
  { name: 'absent', resources: lc({}), expect: 'unaddressed' },
  { name: 'imported value', resources: lc({ MetadataOptions: { HttpTokens: { 'Fn::ImportValue': 'T' } } }), expect: 'needs-review' },
  { name: '[L1] CfnLaunchConfiguration required', cdk: (stack) => new autoscaling.CfnLaunchConfiguration(stack, 'LC', { imageId: 'ami-1', instanceType: 't3.micro', metadataOptions: { httpTokens: 'required' } }), expect: 'addressed' },
  { name: '[L1] CfnLaunchConfiguration absent', cdk: (stack) => new autoscaling.CfnLaunchConfiguration(stack, 'LC', { imageId: 'ami-1', instanceType: 't3.micro' }), expect: 'unaddressed' },
]);
