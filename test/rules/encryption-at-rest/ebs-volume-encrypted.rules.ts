import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Size } from 'aws-cdk-lib';
import rule from '../../../rules/encryption-at-rest/ebs-volume-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::EC2::Volume';
const volume = (properties: object) => one(T, { AvailabilityZone: 'eu-west-1a', Size: 10, ...properties });

testRule(rule, [
  { name: 'Encrypted true', resources: volume({ Encrypted: true }), expect: 'addressed' },
  { name: 'Encrypted "true"', resources: volume({ Encrypted: 'true' }), expect: 'addressed' },
  { name: 'Encrypted absent', resources: volume({}), expect: [{ status: 'unaddressed', on: 'R', message: /encryption by default/, propertyPath: 'Encrypted' }] },
  { name: 'Encrypted false', resources: volume({ Encrypted: false }), expect: [{ status: 'unaddressed', message: /is false/ }] },
  { name: 'Encrypted is not a boolean', resources: volume({ Encrypted: 'yes' }), expect: [{ status: 'needs-review', message: /not a boolean/ }] },
  { name: 'from a snapshot, Encrypted absent', resources: volume({ SnapshotId: 'snap-123' }), expect: [{ status: 'needs-review', message: /inherits/ }] },
  unresolvable(T, (u) => ({ AvailabilityZone: 'eu-west-1a', Encrypted: u })),
  imported(T, (u) => ({ AvailabilityZone: 'eu-west-1a', Encrypted: u })),
  conditional(T, (v) => ({ AvailabilityZone: 'eu-west-1a', Encrypted: v }), true, false, [{ status: 'unaddressed', message: /IsProd=false/ }]),
  conditional(T, (v) => ({ AvailabilityZone: 'eu-west-1a', Encrypted: v }), true, 'true', 'addressed', 'Fn::If with two encrypted branches'),
  {
    name: 'Volume with encrypted: true',
    cdk: (stack) => {
      new ec2.Volume(stack, 'Data', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(10), encrypted: true });
    },
    expect: 'addressed',
  },
  {
    name: 'Volume without encryption',
    cdk: (stack) => {
      new ec2.Volume(stack, 'Data', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(10) });
    },
    expect: 'unaddressed',
  },
]);
