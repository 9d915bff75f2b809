import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import rule from '../../../rules/network-exposure/autoscaling-launch-configuration-no-public-ip';
import { testRule } from '../../support/rule-tester';

const config = (properties: object) => ({ Lc: { Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', ...properties } } });

testRule(rule, [
  { name: 'absent', resources: config({}), expect: 'addressed' },
  { name: 'false', resources: config({ AssociatePublicIpAddress: false }), expect: 'addressed' },
  { name: 'true', resources: config({ AssociatePublicIpAddress: 'true' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: config({ AssociatePublicIpAddress: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnLaunchConfiguration with a public IP', cdk: (stack) => void new autoscaling.CfnLaunchConfiguration(stack, 'Lc', { imageId: 'ami-1', instanceType: 't3.micro', associatePublicIpAddress: true }), expect: 'unaddressed' },
  { name: 'CfnLaunchConfiguration without', cdk: (stack) => void new autoscaling.CfnLaunchConfiguration(stack, 'Lc', { imageId: 'ami-1', instanceType: 't3.micro', associatePublicIpAddress: false }), expect: 'addressed' },
]);
