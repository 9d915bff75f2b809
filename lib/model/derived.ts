import type { AppModel, StackModel } from './stack';

/**
 * Makes a cross-resource index that is built at most once per stack and then shared by every rule
 * and resource that asks for it. Rules call the returned function instead of scanning the stack.
 *
 * ```ts
 * export const policiesOfBucket = perStack((stack) => buildBucketPolicyIndex(stack));
 * ```
 */
export function perStack<T>(build: (stack: StackModel) => T): (stack: StackModel) => T {
  const cache = new WeakMap<StackModel, { value: T }>();
  return (stack) => {
    let entry = cache.get(stack);
    if (!entry) {
      entry = { value: build(stack) };
      cache.set(stack, entry);
    }
    return entry.value;
  };
}

/** Like {@link perStack}, for relations that cross the stacks of one app (exports and imports). */
export function perApp<T>(build: (app: AppModel) => T): (app: AppModel) => T {
  const cache = new WeakMap<AppModel, { value: T }>();
  return (app) => {
    let entry = cache.get(app);
    if (!entry) {
      entry = { value: build(app) };
      cache.set(app, entry);
    }
    return entry.value;
  };
}
