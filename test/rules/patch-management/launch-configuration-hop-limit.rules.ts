import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import rule from '../../../rules/patch-management/launch-configuration-hop-limit';
import { testRule } from '../../support/rule-tester';

const lc = (properties: object) => ({ LC: { Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties } } });

testRule(rule, [
  { name: 'absent: default 1', resources: lc({}), expect: 'addressed' },
  { name: 'two hops', resources: lc({ MetadataOptions: { HttpPutResponseHopLimit: 2 } }), expect: 'unaddressed' },
  { name: 'imported value', resources: lc({ MetadataOptions: { HttpPutResponseHopLimit: { 'Fn::ImportValue': 'H' } } }), expect: 'needs-review' },
  { name: '[L1] CfnLaunchConfiguration with 4 hops', cdk: (stack) => new autoscaling.CfnLaunchConfiguration(stack, 'LC', { imageId: 'ami-1', instanceType: 't3.micro', metadataOptions: { httpPutResponseHopLimit: 4 } }), expect: 'unaddressed' },
]);
