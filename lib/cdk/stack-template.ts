import { Token, type Stack } from 'aws-cdk-lib';
import type { StackEnvironment } from '../model/intrinsics';
import { parseTemplateText, type TemplateFile } from '../model/template-file';

/**
 * The template a CDK stack synthesizes to, read the way the CLI reads it from cdk.out, for the
 * adapters that work on the construct tree (the Aspect, the cdk-nag pack).
 */
export function templateOfStack(stack: Stack): TemplateFile {
  // _toCloudFormation is internal but stable across aws-cdk-lib 2.x, the versions we support.
  const template = (stack as unknown as { _toCloudFormation(): object })._toCloudFormation();
  return parseTemplateText(JSON.stringify(template), `${stack.artifactId}.template.json`);
}

/** Account and region when the stack pins them; an environment-agnostic stack has tokens there. */
export function environmentOfStack(stack: Stack): StackEnvironment {
  return {
    account: Token.isUnresolved(stack.account) ? undefined : stack.account,
    region: Token.isUnresolved(stack.region) ? undefined : stack.region,
  };
}
