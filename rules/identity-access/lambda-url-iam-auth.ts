import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-015',
  title: 'Lambda function URLs require IAM authentication',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::Lambda::Url'],
  controls: {
    controlTower: ['CT.LAMBDA.PR.5'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  docs: {
    description: 'A function URL with `AuthType: NONE` is callable by anyone on the internet; authenticating callers is the customer\'s part.',
    addressedBy: '`AuthType: AWS_IAM` on the AWS::Lambda::Url.',
    default: '`AuthType` is required.',
    fix: {
      cdk: 'fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM })',
      cloudformation: 'Set `AuthType: AWS_IAM` on the AWS::Lambda::Url.',
    },
  },
  check(url) {
    return requireString(url.get('AuthType'), { ok: false, message: 'AuthType is not set' }, (value) =>
      value === 'AWS_IAM' ? { ok: true, message: 'callers must sign requests with IAM credentials' } : { ok: false, message: `AuthType is ${value}: anyone can call the function URL` },
    );
  },
});
