import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-022',
  title: 'CloudWatch Logs log group is encrypted with an AWS KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::Logs::LogGroup'],
  controls: {
    configRule: 'CLOUDWATCH_LOG_GROUP_ENCRYPTED',
    controlTower: ['CT.CLOUDWATCH.PR.3'],
    nist80053: CUSTOMER_KEY_NIST,
    cdkNag: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted'],
  },
  docs: {
    description: 'Logs often hold personal data and secrets by accident; a KMS key lets the customer audit and revoke access to them independently of IAM on the log group.',
    addressedBy: '`KmsKeyId` naming a KMS key whose policy lets the CloudWatch Logs service principal use it.',
    default: 'Absent means CloudWatch Logs encrypts the data with keys it manages itself: encrypted, but with no KMS key the customer controls, so unaddressed at low severity.',
    fix: {
      cdk: "new logs.LogGroup(this, 'Logs', { encryptionKey: key })",
      cloudformation: 'Set `KmsKeyId` (a key ARN) on the AWS::Logs::LogGroup.',
    },
  },
  check(group) {
    return requireKey(group.get('KmsKeyId'), { on: 'log data is encrypted with a KMS key', off: 'KmsKeyId is not set, so log data is encrypted only with keys CloudWatch Logs manages' });
  },
});
