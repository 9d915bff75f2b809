import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/launch-template-nitro';
import { testRule } from '../../support/rule-tester';

const lt = (data: object) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });
const requirements = (extra: object) => ({ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 4096 }, ...extra } });

testRule(rule, [
  { name: 'Nitro type', resources: lt({ InstanceType: 'c6g.large' }), expect: [{ status: 'addressed', key: 'instance-type' }] },
  { name: 'Xen type', resources: lt({ InstanceType: 'c4.large' }), expect: 'unaddressed' },
  { name: 'allowed Nitro families', resources: lt(requirements({ AllowedInstanceTypes: ['m5.*', 'c5.*'] })), expect: [{ status: 'addressed', key: 'instance-requirements' }] },
  { name: 'allowed list with a Xen type', resources: lt(requirements({ AllowedInstanceTypes: ['m5.*', 'c4.large'] })), expect: [{ status: 'unaddressed', message: /c4\.large/ }] },
  { name: 'requirements without AllowedInstanceTypes', resources: lt(requirements({})), expect: 'unaddressed' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: lt({ InstanceType: { Ref: 'T' } }), expect: 'needs-review' },
  { name: 'allowed list from a parameter without default', parameters: { T: { Type: 'CommaDelimitedList' } }, resources: lt(requirements({ AllowedInstanceTypes: { Ref: 'T' } })), expect: 'needs-review' },
  { name: 'no type at all: not applicable', resources: lt({ ImageId: 'ami-12345678' }), expect: [] },
  { name: 'CDK LaunchTemplate on m7i', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'LT', { instanceType: new ec2.InstanceType('m7i.large') }), expect: 'addressed' },
  { name: 'CDK LaunchTemplate on t2', cdk: (stack) => void new ec2.LaunchTemplate(stack, 'LT', { instanceType: new ec2.InstanceType('t2.micro') }), expect: 'unaddressed' },
]);
