import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-024',
  title: 'SageMaker endpoint configuration uses a customer KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::SageMaker::EndpointConfig'],
  controls: {
    configRule: 'SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED',
    nist80053: CUSTOMER_KEY_NIST,
    cdkNag: ['NIST.800.53.R5-SageMakerEndpointConfigurationKMSKeyConfigured'],
  },
  docs: {
    description: 'Endpoint instances keep model artifacts and data on attached ML storage volumes; a key the customer controls lets it audit and revoke access.',
    addressedBy: '`KmsKeyId` naming a KMS key.',
    default: 'Absent means SageMaker encrypts the ML storage volumes with an AWS managed key: not a key the customer controls, so unaddressed at low severity.',
    fix: {
      cdk: "new sagemaker.CfnEndpointConfig(this, 'Config', { productionVariants, kmsKeyId: key.keyArn })",
      cloudformation: 'Set `KmsKeyId` on the AWS::SageMaker::EndpointConfig.',
    },
  },
  check(config) {
    return requireKey(config.get('KmsKeyId'), { on: 'endpoint storage is encrypted with a KMS key you choose', off: 'KmsKeyId is not set, so SageMaker uses an AWS managed key' });
  },
});
