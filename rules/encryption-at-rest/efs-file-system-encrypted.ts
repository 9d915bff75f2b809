import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-007',
  title: 'EFS file system is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::EFS::FileSystem'],
  controls: {
    configRule: 'EFS_ENCRYPTED_CHECK',
    securityHub: ['EFS.1'],
    controlTower: ['CT.ELASTICFILESYSYSTEM.PR.1'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'EFS stores the customer\'s files; encryption at rest is chosen when the file system is created and cannot be turned on later.',
    addressedBy: '`Encrypted: true` (optionally with `KmsKeyId`; without it EFS uses the AWS managed key `aws/elasticfilesystem`).',
    default: 'CloudFormation creates an unencrypted file system when `Encrypted` is absent (the console encrypts by default, the API does not): unaddressed. The CDK `FileSystem` construct sets `Encrypted: true` unless told otherwise.',
    fix: {
      cdk: "new efs.FileSystem(this, 'Files', { vpc, encrypted: true, kmsKey: key })",
      cloudformation: 'Set `Encrypted: true` on the AWS::EFS::FileSystem.',
    },
  },
  check(fileSystem) {
    return requireOn(fileSystem.get('Encrypted'), {
      absent: false,
      on: 'the file system is encrypted',
      off: 'the file system is not encrypted',
      absentNote: 'Encrypted is not set, and CloudFormation then creates an unencrypted file system',
    });
  },
});
