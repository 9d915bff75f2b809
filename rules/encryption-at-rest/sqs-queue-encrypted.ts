import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { branchesOf } from '../../lib/model/values';
import { AT_REST_NIST, requireKey, requireOn } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-010',
  title: 'SQS queue is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::SQS::Queue'],
  controls: {
    securityHub: ['SQS.1'],
    controlTower: ['CT.SQS.PR.2'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-SQS2'],
  },
  docs: {
    description: 'Messages wait in the queue until consumed; whether they are stored encrypted, and with which key, is the customer\'s choice.',
    addressedBy: '`KmsMasterKeyId` (SSE-KMS), or SSE-SQS: `SqsManagedSseEnabled: true` or absent.',
    default:
      'Since late 2022 SQS encrypts new queues with SSE-SQS when neither `KmsMasterKeyId` nor `SqsManagedSseEnabled` is given: addressed, with that as evidence. Only `SqsManagedSseEnabled: false` without a KMS key leaves messages unencrypted.',
    fix: {
      cdk: "new sqs.Queue(this, 'Queue', { encryption: sqs.QueueEncryption.SQS_MANAGED }) // or KMS with encryptionMasterKey",
      cloudformation: 'Remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` on the AWS::SQS::Queue.',
    },
  },
  check(queue) {
    const key = queue.get('KmsMasterKeyId');
    if (key.value === undefined) {
      return requireOn(queue.get('SqsManagedSseEnabled'), {
        absent: true,
        on: 'messages are encrypted with SQS managed keys (SSE-SQS)',
        off: 'messages are not encrypted at rest',
        absentNote: 'SqsManagedSseEnabled is not set: SQS encrypts new queues with SSE-SQS by default',
      });
    }
    if (branchesOf(key.value).some((branch) => branch.value === undefined)) {
      return needsReview('KmsMasterKeyId is set only under some conditions; review the queue\'s encryption for each', { propertyPath: key.path });
    }
    return requireKey(key, { on: 'messages are encrypted with a KMS key (SSE-KMS)', off: 'KmsMasterKeyId is empty' });
  },
});
