import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-028',
  title: 'CloudTrail Lake event data store uses a customer managed KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::CloudTrail::EventDataStore'],
  controls: {
    controlTower: ['CT.CLOUDTRAIL.PR.4'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'An event data store keeps audit events for years; a customer managed key lets the customer audit and revoke access to them.',
    addressedBy: '`KmsKeyId` naming a customer managed KMS key whose policy lets CloudTrail use it.',
    default: 'Absent means CloudTrail encrypts the events with a key it owns: unaddressed at low severity.',
    fix: {
      cdk: "new cloudtrail.CfnEventDataStore(this, 'Lake', { kmsKeyId: key.keyArn })",
      cloudformation: 'Set `KmsKeyId` on the AWS::CloudTrail::EventDataStore.',
    },
  },
  check(store) {
    return requireKey(store.get('KmsKeyId'), { on: 'events are encrypted with a customer managed key', off: 'KmsKeyId is not set, so events are encrypted with a key CloudTrail owns', customerManaged: true });
  },
});
