import { needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { EKS_CLUSTER_TYPES, eksSetting, encryptionFields } from '../../lib/model/eks-cluster';
import { Unresolved, describeValue, isPlainObject, type Resolved } from '../../lib/model/values';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-026',
  title: 'EKS cluster encrypts Kubernetes secrets with a KMS key',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: EKS_CLUSTER_TYPES,
  controls: {
    configRule: 'EKS_SECRETS_ENCRYPTED',
    securityHub: ['EKS.3'],
    controlTower: ['CT.EKS.PR.2'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'Kubernetes secrets hold credentials for the workloads; envelope-encrypting them with the customer\'s KMS key keeps them unreadable to anyone who can read etcd but not use the key.',
    addressedBy: 'An `EncryptionConfig` entry whose `Resources` include `secrets` and whose `Provider.KeyArn` names a KMS key.',
    default:
      'Absent means no customer KMS key: EKS (Kubernetes 1.28 and later) still envelope-encrypts API data with an AWS owned key, which the customer cannot audit or revoke, so unaddressed.',
    fix: {
      cdk: "new eks.Cluster(this, 'Cluster', { version, secretsEncryptionKey: key })",
      cloudformation: 'Add `EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: ... } }]` to the AWS::EKS::Cluster.',
    },
  },
  check(cluster) {
    const configs = eksSetting(cluster, 'encryptionConfig');
    const fields = encryptionFields(cluster);
    const value = configs.value;
    if (value === undefined) return unaddressed('EncryptionConfig is not set, so secrets are not encrypted with a KMS key you control', { propertyPath: configs.path });
    if (!Array.isArray(value)) {
      const why = value instanceof Unresolved ? `cannot be resolved: ${value.reason}` : `is ${describeValue(value)}, not a list`;
      return needsReview(`EncryptionConfig ${why}`, { propertyPath: configs.path });
    }
    const entries = value as readonly Resolved[];
    const index = entries.findIndex((entry) => isPlainObject(entry) && Array.isArray(entry[fields.resources]) && (entry[fields.resources] as readonly Resolved[]).includes('secrets'));
    if (index < 0) {
      const unreadable = entries.some((entry) => !isPlainObject(entry) || !Array.isArray(entry[fields.resources]));
      return unreadable
        ? needsReview('an EncryptionConfig entry cannot be read, so the tool cannot tell whether secrets are encrypted', { propertyPath: configs.path })
        : unaddressed('no EncryptionConfig entry covers secrets', { propertyPath: configs.path });
    }
    return requireKey(cluster.get(`${configs.path}.${index}.${fields.provider}.${fields.keyArn}`), { on: 'secrets are envelope-encrypted with a KMS key', off: 'the secrets EncryptionConfig entry names no KMS key' });
  },
});
