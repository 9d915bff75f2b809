import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-011',
  title: 'SNS topic is encrypted with an AWS KMS key',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::SNS::Topic'],
  controls: {
    configRule: 'SNS_ENCRYPTED_KMS',
    nist80053: AT_REST_NIST,
    cdkNag: ['NIST.800.53.R5-SNSEncryptedKMS'],
  },
  docs: {
    description: 'SNS stores messages until they are delivered; unlike SQS it does not encrypt them at rest unless the customer names a KMS key.',
    addressedBy: '`KmsMasterKeyId` naming a KMS key (the AWS managed `alias/aws/sns` or a customer managed key).',
    default: 'Absent means messages are stored without server-side encryption: unaddressed.',
    fix: {
      cdk: "new sns.Topic(this, 'Topic', { masterKey: key })",
      cloudformation: 'Set `KmsMasterKeyId` on the AWS::SNS::Topic (a key ARN, id or alias such as `alias/aws/sns`).',
    },
  },
  check(topic) {
    return requireKey(topic.get('KmsMasterKeyId'), {
      on: 'messages are encrypted with a KMS key',
      off: 'KmsMasterKeyId is not set, so messages are stored without server-side encryption',
    });
  },
});
