import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import rule from '../../../rules/encryption-at-rest/efs-file-system-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::EFS::FileSystem';

testRule(rule, [
  { name: 'Encrypted true', resources: one(T, { Encrypted: true }), expect: 'addressed' },
  { name: 'Encrypted absent', resources: one(T, {}), expect: [{ status: 'unaddressed', message: /unencrypted file system/ }] },
  { name: 'Encrypted false', resources: one(T, { Encrypted: false }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ Encrypted: u })),
  imported(T, (u) => ({ Encrypted: u })),
  conditional(T, (v) => ({ Encrypted: v }), true, false, 'unaddressed'),
  { name: 'FileSystem (encrypted by default in CDK)', cdk: (stack) => void new efs.FileSystem(stack, 'Files', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 }) }), expect: 'addressed' },
  { name: 'FileSystem with encrypted: false', cdk: (stack) => void new efs.FileSystem(stack, 'Files', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 }), encrypted: false }), expect: 'unaddressed' },
]);
