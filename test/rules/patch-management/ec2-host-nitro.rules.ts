import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/ec2-host-nitro';
import { testRule } from '../../support/rule-tester';

const host = (props: object) => ({ H: { Type: 'AWS::EC2::Host', Properties: { AvailabilityZone: 'eu-west-1a', ...props } } });

testRule(rule, [
  { name: 'Nitro family', resources: host({ InstanceFamily: 'm5' }), expect: 'addressed' },
  { name: 'Nitro type', resources: host({ InstanceType: 'c7g.large' }), expect: 'addressed' },
  { name: 'Xen family', resources: host({ InstanceFamily: 'r4' }), expect: [{ status: 'unaddressed', message: /family r4/ }] },
  { name: 'Xen type', resources: host({ InstanceType: 'x1.16xlarge' }), expect: 'unaddressed' },
  { name: 'family from a parameter without default', parameters: { F: { Type: 'String' } }, resources: host({ InstanceFamily: { Ref: 'F' } }), expect: 'needs-review' },
  { name: 'unknown family', resources: host({ InstanceFamily: 'zz9' }), expect: 'needs-review' },
  { name: 'neither set', resources: host({}), expect: 'needs-review' },
  { name: 'CDK CfnHost for m7i', cdk: (stack) => void new ec2.CfnHost(stack, 'H', { availabilityZone: Fn.select(0, Fn.getAzs()), instanceFamily: 'm7i' }), expect: 'addressed' },
  { name: 'CDK CfnHost for c4', cdk: (stack) => void new ec2.CfnHost(stack, 'H', { availabilityZone: Fn.select(0, Fn.getAzs()), instanceFamily: 'c4' }), expect: 'unaddressed' },
]);
