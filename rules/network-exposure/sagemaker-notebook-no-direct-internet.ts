import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-034',
  title: 'SageMaker notebook instances have no direct internet access',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  controls: {
    configRule: 'SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS',
    securityHub: ['SageMaker.1'],
    controlTower: ['CT.SAGEMAKER.PR.1'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-SM3', 'NIST.800.53.R5-SageMakerNotebookNoDirectInternetAccess'],
  },
  docs: {
    description: 'With direct internet access the notebook reaches (and can send data to) the internet outside the customer\'s VPC controls.',
    addressedBy: '`DirectInternetAccess: Disabled` (which requires `SubnetId` and `SecurityGroupIds`).',
    default: 'Absent: `Enabled`: unaddressed.',
    fix: {
      cdk: "new sagemaker.CfnNotebookInstance(this, id, { directInternetAccess: 'Disabled', subnetId, securityGroupIds, ... })",
      cloudformation: 'Set `DirectInternetAccess: Disabled` with a `SubnetId` and `SecurityGroupIds`.',
    },
  },
  check: (notebook) =>
    decideText(notebook.get('DirectInternetAccess'), (value) =>
      value === undefined
        ? fail('DirectInternetAccess is not set, so the notebook has direct internet access')
        : value.toLowerCase() === 'disabled'
          ? pass('direct internet access is disabled')
          : fail(`DirectInternetAccess is ${value}`),
    ),
});
