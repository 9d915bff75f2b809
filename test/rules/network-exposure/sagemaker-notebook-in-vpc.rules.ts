import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import rule from '../../../rules/network-exposure/sagemaker-notebook-in-vpc';
import { testRule } from '../../support/rule-tester';

const notebook = (properties: object) => ({ N: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', RoleArn: 'arn:aws:iam::1:role/r', ...properties } } });
const cfn = (subnetId?: string) => (stack: import('aws-cdk-lib').Stack) =>
  void new sagemaker.CfnNotebookInstance(stack, 'N', { instanceType: 'ml.t3.medium', roleArn: 'arn:aws:iam::1:role/r', subnetId, securityGroupIds: subnetId ? ['sg-1'] : undefined });

testRule(rule, [
  { name: 'in a subnet', resources: notebook({ SubnetId: 's-1', SecurityGroupIds: ['sg-1'] }), expect: 'addressed' },
  { name: 'no subnet', resources: notebook({}), expect: 'unaddressed' },
  { name: 'subnet from a parameter without default', parameters: { S: { Type: 'String' } }, resources: notebook({ SubnetId: { Ref: 'S' } }), expect: 'needs-review' },
  { name: 'CfnNotebookInstance in a subnet', cdk: cfn('s-1'), expect: 'addressed' },
  { name: 'CfnNotebookInstance without', cdk: cfn(), expect: 'unaddressed' },
]);
