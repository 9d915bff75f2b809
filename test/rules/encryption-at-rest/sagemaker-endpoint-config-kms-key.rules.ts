import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import rule from '../../../rules/encryption-at-rest/sagemaker-endpoint-config-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::SageMaker::EndpointConfig';
const variants = [{ ModelName: 'm', VariantName: 'v', InitialInstanceCount: 1, InstanceType: 'ml.m5.large' }];
const cdkVariants = [{ modelName: 'm', variantName: 'v', initialInstanceCount: 1, instanceType: 'ml.m5.large' }];

testRule(rule, [
  { name: 'KmsKeyId set', resources: one(T, { ProductionVariants: variants, KmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' }), expect: 'addressed' },
  { name: 'no KmsKeyId', resources: one(T, { ProductionVariants: variants }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ProductionVariants: variants, KmsKeyId: u })),
  imported(T, (u) => ({ ProductionVariants: variants, KmsKeyId: u })),
  { name: 'L1 with a key', cdk: (stack) => void new sagemaker.CfnEndpointConfig(stack, 'Config', { productionVariants: cdkVariants, kmsKeyId: 'key' }), expect: 'addressed' },
  { name: 'L1 without a key', cdk: (stack) => void new sagemaker.CfnEndpointConfig(stack, 'Config', { productionVariants: cdkVariants }), expect: 'unaddressed' },
]);
