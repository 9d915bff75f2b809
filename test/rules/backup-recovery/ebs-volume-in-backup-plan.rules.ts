import { Size, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/backup-recovery/ebs-volume-in-backup-plan';
import { testRule } from '../../support/rule-tester';
import { plan, resource } from './fixtures';

const volume = (tags: object[] = []) => resource('AWS::EC2::Volume', { AvailabilityZone: 'eu-west-1a', Size: 8, Tags: tags });
const byTag = resource('AWS::Backup::BackupSelection', {
  BackupPlanId: { Ref: 'Plan' },
  BackupSelection: { SelectionName: 's', IamRoleArn: 'r', ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] },
});

testRule(rule, [
  { name: 'matched by tag', resources: { V: volume([{ Key: 'backup', Value: 'daily' }]), Plan: plan, Sel: byTag }, expect: [{ status: 'addressed', on: 'V', message: /by tag backup = daily/ }] },
  { name: 'tag missing', resources: { V: volume(), Plan: plan, Sel: byTag }, expect: 'unaddressed' },
  { name: 'tag value from a parameter without a default', parameters: { Value: { Type: 'String' } }, resources: { V: volume([{ Key: 'backup', Value: { Ref: 'Value' } }]), Plan: plan, Sel: byTag }, expect: 'needs-review' },
  {
    name: 'tagged Volume and a tag selection',
    cdk: (stack) => {
      const v = new ec2.Volume(stack, 'V', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(8) });
      Tags.of(v).add('backup', 'daily');
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Sel', { resources: [backup.BackupResource.fromTag('backup', 'daily')] });
    },
    expect: 'addressed',
  },
  { name: 'Volume in no plan', cdk: (stack) => void new ec2.Volume(stack, 'V', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(8) }), expect: 'unaddressed' },
]);
