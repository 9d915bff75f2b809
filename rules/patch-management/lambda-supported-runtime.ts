import { judge, needsReview, runtime } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { LAMBDA_RUNTIME_DEPRECATION } from './data/lambda-runtimes';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Zip functions: the runtime identifier against Lambda's deprecation calendar. Container images
 * carry their own OS and language runtime, which no template shows: reported as runtime duty.
 */
export default defineRule({
  id: 'SRM-PAT-019',
  title: 'Lambda function uses a supported runtime',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::Lambda::Function'],
  controls: {
    configRule: 'LAMBDA_FUNCTION_SETTINGS_CHECK',
    securityHub: ['Lambda.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'Lambda patches its managed runtimes only until they are deprecated; after that the function runs on an unpatched language runtime and OS. For container images the customer patches the whole image.',
    addressedBy: '`Runtime` set to a Lambda runtime that is not deprecated (see rules/patch-management/data/lambda-runtimes.ts). `PackageType: Image` moves patching to the image build.',
    default: 'A Zip function must name a runtime; an identifier the tool does not know is reviewed. Image functions: runtime (rebuild the image on patched base images and scan it in ECR).',
    fix: {
      cdk: "new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, ... })",
      cloudformation: 'Set `Runtime` to a supported identifier such as `nodejs22.x` or `python3.13`.',
    },
  },
  check(fn) {
    if (fn.get('PackageType').value === 'Image') {
      return runtime('the function runs a container image: the customer patches its base image and language runtime by rebuilding and redeploying it', { propertyPath: 'PackageType' });
    }
    const now = today();
    const lookup = fn.get('Runtime');
    if (typeof lookup.value === 'string' && LAMBDA_RUNTIME_DEPRECATION[lookup.value] === undefined) {
      return needsReview(`runtime ${lookup.value} is not in the tool's list of Lambda runtimes; check that Lambda still supports and patches it`, { propertyPath: 'Runtime' });
    }
    return judge(lookup, (value) => {
      if (typeof value !== 'string') return { ok: false, message: value === undefined ? 'Runtime is not set' : 'Runtime is not a runtime identifier' };
      const deprecated = LAMBDA_RUNTIME_DEPRECATION[value];
      if (deprecated === undefined) return { ok: false, message: `runtime ${value} is not a Lambda runtime the tool knows; check it is supported` };
      return deprecated <= now
        ? { ok: false, message: `runtime ${value} was deprecated on ${deprecated}; Lambda no longer patches it` }
        : { ok: true, message: `runtime ${value} is supported until ${deprecated}` };
    });
  },
});
