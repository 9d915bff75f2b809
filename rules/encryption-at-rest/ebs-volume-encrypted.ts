import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-002',
  title: 'EBS volume is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::EC2::Volume'],
  controls: {
    configRule: 'ENCRYPTED_VOLUMES',
    securityHub: ['EC2.3'],
    controlTower: ['CT.EC2.PR.7'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-EC26'],
  },
  docs: {
    description: 'EBS is infrastructure: AWS runs the storage, the customer decides whether the blocks on it are encrypted.',
    addressedBy: '`Encrypted: true` on the AWS::EC2::Volume (optionally with `KmsKeyId`).',
    default:
      'Absent means the volume is encrypted only when the account has EBS encryption by default turned on, which a template cannot show: unaddressed. A volume created from a snapshot (`SnapshotId`) or another volume (`SourceVolumeId`) with `Encrypted` absent inherits their encryption: needs review.',
    fix: {
      cdk: "new ec2.Volume(this, 'Volume', { availabilityZone, size, encrypted: true, encryptionKey: key })",
      cloudformation: 'Set `Encrypted: true` on the AWS::EC2::Volume.',
    },
  },
  check(volume) {
    const encrypted = volume.get('Encrypted');
    if (encrypted.value === undefined && (volume.get('SnapshotId').value ?? volume.get('SourceVolumeId').value) !== undefined) {
      return needsReview('Encrypted is not set, so the volume inherits the encryption of the snapshot or volume it is created from, which the template does not show', {
        propertyPath: 'Encrypted',
      });
    }
    return requireOn(encrypted, {
      absent: false,
      on: 'the volume is encrypted',
      off: 'the volume is not encrypted',
      absentNote: 'Encrypted is not set: the volume is encrypted only if the account turns on EBS encryption by default',
    });
  },
});
