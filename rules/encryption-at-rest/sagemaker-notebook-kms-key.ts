import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-023',
  title: 'SageMaker notebook instance storage uses a customer KMS key',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  controls: {
    configRule: 'SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED',
    nist80053: CUSTOMER_KEY_NIST,
    cdkNag: ['AwsSolutions-SM2', 'NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured'],
  },
  docs: {
    description: 'The notebook\'s ML storage volume holds training data and code; a key the customer controls lets it audit and revoke access to them.',
    addressedBy: '`KmsKeyId` naming a KMS key.',
    default: 'Absent means SageMaker encrypts the volume with its AWS managed key: encrypted, but not with a key the customer controls, so unaddressed.',
    fix: {
      cdk: "new sagemaker.CfnNotebookInstance(this, 'Notebook', { ..., kmsKeyId: key.keyId })",
      cloudformation: 'Set `KmsKeyId` on the AWS::SageMaker::NotebookInstance.',
    },
  },
  check(notebook) {
    return requireKey(notebook.get('KmsKeyId'), { on: 'the ML storage volume is encrypted with a KMS key you choose', off: 'KmsKeyId is not set, so SageMaker uses its AWS managed key' });
  },
});
