import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import rule from '../../../rules/encryption-at-rest/sagemaker-notebook-kms-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::SageMaker::NotebookInstance';
const base = { InstanceType: 'ml.t3.medium', RoleArn: 'arn:aws:iam::1:role/r' };

testRule(rule, [
  { name: 'KmsKeyId set', resources: one(T, { ...base, KmsKeyId: 'key-id' }), expect: 'addressed' },
  { name: 'no KmsKeyId', resources: one(T, base), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, KmsKeyId: u })),
  imported(T, (u) => ({ ...base, KmsKeyId: u })),
  { name: 'L1 with a key', cdk: (stack) => void new sagemaker.CfnNotebookInstance(stack, 'Notebook', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r', kmsKeyId: 'key-id' }), expect: 'addressed' },
  { name: 'L1 without a key', cdk: (stack) => void new sagemaker.CfnNotebookInstance(stack, 'Notebook', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r' }), expect: 'unaddressed' },
]);
