import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-EAR-044',
  title: 'KMS RSA key used for encryption is longer than 2048 bits',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::KMS::Key'],
  controls: {
    controlTower: ['CT.KMS.PR.2'],
    nist80053: ['SC-12', 'SC-13'],
  },
  docs: {
    description: 'Choosing key strength is the customer\'s part of encryption: RSA 2048 encryption keys sit at the lower bound of current guidance.',
    addressedBy: '`KeySpec` RSA_3072 or RSA_4096 on keys with `KeyUsage: ENCRYPT_DECRYPT`. Symmetric, ECC, HMAC and signing keys are not judged.',
    default: '`KeySpec` defaults to SYMMETRIC_DEFAULT and `KeyUsage` to ENCRYPT_DECRYPT: a key without `KeySpec` is not an RSA key and is not judged.',
    fix: {
      cdk: "new kms.Key(this, 'Key', { keySpec: kms.KeySpec.RSA_4096, keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT })",
      cloudformation: 'Set `KeySpec: RSA_3072` or `RSA_4096` on the AWS::KMS::Key.',
    },
  },
  check(key) {
    const spec = key.get('KeySpec');
    if (spec.value === undefined || (typeof spec.value === 'string' && !spec.value.startsWith('RSA_'))) return undefined;
    const usage = key.get('KeyUsage').value;
    if (usage !== undefined && usage !== 'ENCRYPT_DECRYPT') {
      if (usage instanceof Unresolved || typeof usage !== 'string') return needsReview('KeyUsage cannot be resolved, so the tool cannot tell whether the RSA key encrypts', { propertyPath: 'KeyUsage' });
      return undefined;
    }
    return judge(spec, (value) => {
      if (value === 'RSA_2048') return { ok: false, message: 'the RSA encryption key is 2048 bits long' };
      if (value === 'RSA_3072' || value === 'RSA_4096') return { ok: true, message: `the RSA encryption key is ${value.slice(4)} bits long` };
      if (typeof value === 'string' && !value.startsWith('RSA_')) return { ok: true, message: `${value} is not an RSA key` };
      return { ok: 'unknown', message: `KeySpec is ${describeValue(value)}, which is not a known key spec` };
    });
  },
});
