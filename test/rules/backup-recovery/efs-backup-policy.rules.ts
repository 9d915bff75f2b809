import * as efs from 'aws-cdk-lib/aws-efs';
import rule from '../../../rules/backup-recovery/efs-backup-policy';
import { testRule } from '../../support/rule-tester';
import { isolatedVpc, plan, ref, resource, selectionOf, unknownParameter } from './fixtures';

const fs = (properties: object = {}) => resource('AWS::EFS::FileSystem', properties);

testRule(rule, [
  { name: 'BackupPolicy ENABLED', resources: { Fs: fs({ BackupPolicy: { Status: 'ENABLED' } }) }, expect: 'addressed' },
  { name: 'BackupPolicy absent', resources: { Fs: fs() }, expect: [{ status: 'unaddressed', message: /automatic backups are off/ }] },
  { name: 'BackupPolicy DISABLED', resources: { Fs: fs({ BackupPolicy: { Status: 'DISABLED' } }) }, expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: unknownParameter, resources: { Fs: fs({ BackupPolicy: { Status: ref } }) }, expect: 'needs-review' },
  { name: 'unknown status', resources: { Fs: fs({ BackupPolicy: { Status: 'ON' } }) }, expect: 'needs-review' },
  {
    name: 'no policy, but a selection names it through Fn::Join',
    resources: { Fs: fs(), Plan: plan, Sel: selectionOf({ 'Fn::Join': ['', ['arn:aws:elasticfilesystem:eu-west-1:1:file-system/', { Ref: 'Fs' }]] }) },
    expect: [{ status: 'addressed', on: 'Fs' }],
  },
  { name: 'FileSystem with automatic backups', cdk: (stack) => void new efs.FileSystem(stack, 'Fs', { vpc: isolatedVpc(stack, 1), enableAutomaticBackups: true }), expect: [{ status: 'addressed', on: 'Fs' }] },
  { name: 'FileSystem with the defaults', cdk: (stack) => void new efs.FileSystem(stack, 'Fs', { vpc: isolatedVpc(stack, 1) }), expect: [{ status: 'unaddressed', on: 'Fs' }] },
]);
