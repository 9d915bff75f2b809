import { isJsonObject, type Json } from './raw-template';
import type { AppModel, StackModel } from './stack';
import { ResourceReference, Unresolved, type Resolved } from './values';

/**
 * Connects `Fn::ImportValue` to the `Outputs.*.Export` of the other stacks of one app, so a
 * cross-stack reference resolves to the exporting resource (a {@link ResourceReference} carrying
 * the exporting stack's id) or value instead of staying unknown. Safe to call more than once.
 */
export function linkExports(app: AppModel): void {
  const exports = new Map<string, { stack: StackModel; value: Json }>();
  for (const stack of app.stacks) {
    const outputs = stack.template.Outputs;
    if (!isJsonObject(outputs)) continue;
    for (const name of Object.keys(outputs)) {
      const output = outputs[name];
      if (!isJsonObject(output) || !isJsonObject(output.Export) || output.Value === undefined) continue;
      const exportName = stack.resolver.resolve(output.Export.Name);
      if (typeof exportName === 'string' && !exports.has(exportName)) exports.set(exportName, { stack, value: output.Value });
    }
  }
  const resolving = new Set<string>();
  const resolve = (exportName: string): Resolved | undefined => {
    const found = exports.get(exportName);
    if (!found) return undefined;
    if (resolving.has(exportName)) return new Unresolved(`export ${exportName} refers to itself through other stacks`);
    resolving.add(exportName);
    try {
      const value = found.stack.resolver.resolve(found.value);
      return value instanceof ResourceReference && value.stackId === undefined
        ? new ResourceReference(value.logicalId, value.attribute, found.stack.id)
        : value;
    } finally {
      resolving.delete(exportName);
    }
  };
  for (const stack of app.stacks) stack.linkImports(resolve);
}

/** The resource a reference points at, in this stack or (for imports) in the exporting stack. */
export function referencedResource(app: AppModel, from: StackModel, reference: ResourceReference) {
  if (reference.stackId === undefined || reference.stackId === from.id) return from.resource(reference.logicalId);
  return app.stacks.find((stack) => stack.id === reference.stackId)?.resource(reference.logicalId);
}
