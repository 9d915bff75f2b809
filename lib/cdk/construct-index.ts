import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Every CloudFormation resource of an app, by stack path and logical id, found in one walk of the tree. */
export class ConstructIndex {
  private readonly byStack = new Map<string, Map<string, CfnResource>>();
  readonly stacks: Stack[] = [];

  constructor(root: IConstruct) {
    for (const construct of root.node.findAll()) {
      if (Stack.isStack(construct)) {
        this.stacks.push(construct);
        continue;
      }
      if (!CfnResource.isCfnResource(construct)) continue;
      const stack = Stack.of(construct);
      const logicalId = stack.resolve(construct.logicalId) as string;
      let resources = this.byStack.get(stack.node.path);
      if (!resources) this.byStack.set(stack.node.path, (resources = new Map()));
      resources.set(logicalId, construct);
    }
  }

  resource(stackPath: string, logicalId: string): CfnResource | undefined {
    return this.byStack.get(stackPath)?.get(logicalId);
  }

  /** Logical id → construct path of one stack, as the model wants it. */
  constructPaths(stackPath: string): Map<string, string> {
    const paths = new Map<string, string>();
    for (const [logicalId, construct] of this.byStack.get(stackPath) ?? []) paths.set(logicalId, construct.node.path);
    return paths;
  }
}
