import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass, review } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-020',
  title: 'Lambda function URLs require IAM authentication',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::Lambda::Url'],
  controls: {
    nist80053: ['AC-3', 'AC-4', 'AC-17', 'IA-2', 'SC-7'],
  },
  docs: {
    description: 'A function URL with `AuthType: NONE` is a public HTTPS endpoint: anyone who finds it can invoke the function.',
    addressedBy: '`AuthType: AWS_IAM`.',
    default: '`AuthType` is required; a value the tool cannot resolve is needs-review. Functions that must be public should authenticate callers in code: acknowledge with a reason.',
    fix: {
      cdk: 'fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM })',
      cloudformation: 'Set `AuthType: AWS_IAM` on the AWS::Lambda::Url.',
    },
  },
  check: (url) =>
    decideText(url.get('AuthType'), (value) => {
      if (value === undefined) return review('AuthType is missing (CloudFormation requires it)');
      const type = value.toUpperCase();
      if (type === 'AWS_IAM') return pass('the URL requires IAM-signed requests');
      return type === 'NONE' ? fail('AuthType is NONE: anyone on the internet can invoke the function through its URL') : review(`AuthType is ${value}`);
    }),
});
