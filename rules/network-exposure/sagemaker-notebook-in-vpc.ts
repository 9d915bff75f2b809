import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass } from './lib/decide';
import { describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-NET-035',
  title: 'SageMaker notebook instances run in a customer VPC',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  controls: {
    configRule: 'SAGEMAKER_NOTEBOOK_INSTANCE_INSIDE_VPC',
    securityHub: ['SageMaker.2'],
    controlTower: ['CT.SAGEMAKER.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-SM1'],
  },
  docs: {
    description: 'A notebook in a customer subnet is subject to the customer\'s security groups, routes and endpoints.',
    addressedBy: '`SubnetId` (with `SecurityGroupIds`).',
    default: 'Absent: the notebook runs in a SageMaker-managed network: unaddressed.',
    fix: {
      cdk: 'new sagemaker.CfnNotebookInstance(this, id, { subnetId: vpc.privateSubnets[0].subnetId, securityGroupIds: [sg.securityGroupId], ... })',
      cloudformation: 'Set `SubnetId` and `SecurityGroupIds` on the AWS::SageMaker::NotebookInstance.',
    },
  },
  check: (notebook) =>
    judge(notebook.get('SubnetId'), (value) =>
      value === undefined ? fail('SubnetId is not set, so the notebook is not in a customer VPC') : pass(`the notebook is in subnet ${describeValue(value)}`),
    ),
});
