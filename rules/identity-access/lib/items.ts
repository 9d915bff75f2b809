/** Reads a list property item by item (origins, auth providers, environment variables); not a rule. */
import { needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { describeValue, isPlainObject, type Resolved, type ResolvedObject } from '../../../lib/model/values';

export interface Item {
  readonly path: string;
  readonly value: ResolvedObject;
}

/** The items of a list of objects; an absent list has none. A list or item the tool cannot read is a needs-review finding. */
export function itemsOf(resource: ResourceModel, listPath: string): { readonly items: readonly Item[] } | { readonly problem: Finding } {
  const list = resource.get(listPath);
  if (list.value === undefined) return { items: [] };
  if (!Array.isArray(list.value)) return { problem: needsReview(`${listPath} cannot be read as a list: ${describeValue(list.value)}`, { propertyPath: listPath }) };
  const items: Item[] = [];
  for (const [index, value] of (list.value as readonly Resolved[]).entries()) {
    const path = `${listPath}.${index}`;
    if (value === undefined) continue;
    if (!isPlainObject(value)) return { problem: needsReview(`${path} cannot be read: ${describeValue(value)}`, { propertyPath: path }) };
    items.push({ path, value });
  }
  return { items };
}
