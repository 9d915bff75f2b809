import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';
import { ENCRYPTION_PATH, overridable } from './lib/athena';

const OPTIONS = ['SSE_S3', 'SSE_KMS', 'CSE_KMS'];

export default defineRule({
  id: 'SRM-EAR-030',
  title: 'Athena workgroup encrypts query results',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  controls: {
    configRule: 'ATHENA_WORKGROUP_ENCRYPTED_AT_REST',
    controlTower: ['CT.ATHENA.PR.1'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Query results are copies of the queried data written to S3; the workgroup decides whether they are encrypted, whatever the client asks.',
    addressedBy: '`WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption` SSE_S3, SSE_KMS or CSE_KMS, with `EnforceWorkGroupConfiguration` true or absent (its default is true).',
    default: 'Absent means the workgroup asks for no encryption and results get only whatever default the output bucket applies: unaddressed.',
    fix: {
      cdk: "new athena.CfnWorkGroup(this, 'Queries', { name, workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: key.keyArn } } } })",
      cloudformation: 'Set `ResultConfiguration.EncryptionConfiguration.EncryptionOption` in the AWS::Athena::WorkGroup configuration.',
    },
  },
  check(workgroup) {
    return (
      overridable(workgroup) ??
      judge(workgroup.get(ENCRYPTION_PATH), (value) => {
        if (value === undefined) return { ok: false, message: 'the workgroup does not encrypt query results' };
        if (typeof value === 'string' && OPTIONS.includes(value)) return { ok: true, message: `query results are encrypted with ${value}` };
        return { ok: 'unknown', message: `EncryptionOption is ${String(value)}, which is not an Athena encryption option` };
      })
    );
  },
});
