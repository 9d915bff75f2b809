import { judge } from '../../lib/engine/findings';
import { describeValue } from '../../lib/model/values';
import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';
import { ENCRYPTION_PATH, overridable } from './lib/athena';

const KMS_OPTIONS = ['SSE_KMS', 'CSE_KMS'];

export default defineRule({
  id: 'SRM-EAR-031',
  title: 'Athena workgroup encrypts query results with a KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  controls: {
    configRule: 'ATHENA_WORKGROUP_ENCRYPTED_AT_REST',
    controlTower: ['CT.ATHENA.PR.2'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'With a KMS key every read of the query results is logged and can be revoked through the key policy.',
    addressedBy: '`EncryptionOption` SSE_KMS or CSE_KMS with `KmsKey` set, and `EnforceWorkGroupConfiguration` true or absent.',
    default: 'Absent means no workgroup encryption at all: unaddressed. SSE_S3 is encryption without a KMS key: unaddressed at low severity.',
    fix: {
      cdk: "new athena.CfnWorkGroup(this, 'Queries', { name, workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: key.keyArn } } } })",
      cloudformation: 'Set `EncryptionOption: SSE_KMS` and `KmsKey` in `ResultConfiguration.EncryptionConfiguration`.',
    },
  },
  check(workgroup) {
    const blocked = overridable(workgroup);
    if (blocked) return blocked;
    const option = judge(workgroup.get(ENCRYPTION_PATH), (value) => {
      if (typeof value === 'string' && KMS_OPTIONS.includes(value)) return { ok: true, message: `query results are encrypted with ${value}` };
      if (value === undefined) return { ok: false, message: 'the workgroup does not encrypt query results' };
      if (value === 'SSE_S3') return { ok: false, message: 'query results are encrypted with S3 managed keys (SSE_S3), not a KMS key' };
      return { ok: 'unknown', message: `EncryptionOption is ${describeValue(value)}, which is not an Athena encryption option` };
    });
    if (option.status !== 'addressed') return option;
    return requireKey(workgroup.get('WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.KmsKey'), {
      on: 'query results are encrypted with a KMS key',
      off: 'EncryptionConfiguration names a KMS option but no KmsKey',
    });
  },
});
