import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import rule from '../../../rules/network-exposure/sagemaker-notebook-no-direct-internet';
import { testRule } from '../../support/rule-tester';

const notebook = (properties: object) => ({ N: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', RoleArn: 'arn:aws:iam::1:role/r', ...properties } } });
const cfn = (directInternetAccess?: string) => (stack: import('aws-cdk-lib').Stack) =>
  void new sagemaker.CfnNotebookInstance(stack, 'N', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r', directInternetAccess, subnetId: 's-1', securityGroupIds: ['sg-1'] });

testRule(rule, [
  { name: 'Disabled', resources: notebook({ DirectInternetAccess: 'Disabled', SubnetId: 's-1', SecurityGroupIds: ['sg-1'] }), expect: 'addressed' },
  { name: 'absent', resources: notebook({}), expect: [{ status: 'unaddressed', message: /direct internet access/ }] },
  { name: 'Enabled', resources: notebook({ DirectInternetAccess: 'Enabled' }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: notebook({ DirectInternetAccess: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'CfnNotebookInstance disabled', cdk: cfn('Disabled'), expect: 'addressed' },
  { name: 'CfnNotebookInstance default', cdk: cfn(), expect: 'unaddressed' },
]);
