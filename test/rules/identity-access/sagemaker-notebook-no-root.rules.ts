import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import rule from '../../../rules/identity-access/sagemaker-notebook-no-root';
import { testRule } from '../../support/rule-tester';

const notebook = (properties: object) => ({ N: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', RoleArn: 'arn:aws:iam::1:role/r', ...properties } } });

testRule(rule, [
  { name: 'root disabled', resources: notebook({ RootAccess: 'Disabled' }), expect: 'addressed' },
  { name: 'root absent (Enabled by default)', resources: notebook({}), expect: [{ status: 'unaddressed', message: /default is Enabled/ }] },
  { name: 'root enabled', resources: notebook({ RootAccess: 'Enabled' }), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: { Root: { Type: 'String' } }, resources: notebook({ RootAccess: { Ref: 'Root' } }), expect: 'needs-review' },
  { name: 'CfnNotebookInstance without root', cdk: (stack) => void new sagemaker.CfnNotebookInstance(stack, 'N', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r', rootAccess: 'Disabled' }), expect: 'addressed' },
  { name: 'CfnNotebookInstance with default root', cdk: (stack) => void new sagemaker.CfnNotebookInstance(stack, 'N', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r' }), expect: 'unaddressed' },
]);
