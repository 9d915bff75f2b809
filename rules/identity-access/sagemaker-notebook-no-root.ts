import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-020',
  title: 'SageMaker notebook instances do not give users root access',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  controls: {
    configRule: 'SAGEMAKER_NOTEBOOK_INSTANCE_ROOT_ACCESS_CHECK',
    securityHub: ['SageMaker.3'],
    controlTower: ['CT.SAGEMAKER.PR.3'],
    nist80053: ['AC-2(1)', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(10)', 'AC-6(2)'],
  },
  docs: {
    description: 'Root on a notebook instance lets its users change the instance, install software and reach the instance role\'s credentials unchecked.',
    addressedBy: '`RootAccess: Disabled` on the AWS::SageMaker::NotebookInstance.',
    default: 'Absent means `Enabled`: unaddressed.',
    fix: {
      cdk: "new sagemaker.CfnNotebookInstance(this, id, { rootAccess: 'Disabled', ... })",
      cloudformation: 'Set `RootAccess: Disabled` on the notebook instance.',
    },
  },
  check(notebook) {
    return requireString(notebook.get('RootAccess'), { ok: false, message: 'RootAccess is not set, so users have root access (the default is Enabled)' }, (value) =>
      value === 'Disabled' ? { ok: true, message: 'root access is disabled' } : { ok: false, message: `RootAccess is ${value}: users have root access` },
    );
  },
});
