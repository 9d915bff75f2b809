import { categoryOfNamespace, namespaceOf } from './namespace-table';
import { refine, type PropertyReader } from './refinements';
import { CDK_RESOURCE_STAND_INS } from './cdk-custom-resources';
import { typeOverride } from './type-overrides';
import { memoizeBounded } from '../util/memoize';
import type { Classification } from './types';

export type { Classification, ClassificationBasis, ServiceCategory } from './types';
export { DUTIES, DUTY_TITLES, isDuty, type Duty } from './duties';
export { REFINED_TYPES, refine, type PropertyReader } from './refinements';
export {
  RESPONSIBILITIES,
  customerDuties,
  responsibilityFor,
  type CategoryResponsibilities,
  type DutyOwner,
} from './responsibilities';
export { NAMESPACE_CATEGORIES, categoryOfNamespace, namespaceOf } from './namespace-table';
export { TYPE_OVERRIDES, typeOverride, type TypeOverride } from './type-overrides';

const CUSTOM_RESOURCE: Classification = {
  category: 'custom',
  basis: 'custom',
  reason: 'custom resource: a handler the customer supplies does the work',
};

const THIRD_PARTY: Classification = {
  category: 'custom',
  basis: 'custom',
  reason: 'third-party registry type: its handler is not an AWS service',
};

/**
 * The category of a resource type, before looking at any properties.
 *
 * Undefined for an `AWS::` type whose service the table does not know (a service newer than this
 * release) and for strings that are not resource types at all.
 */
export function categoryOfType(type: string): Classification | undefined {
  return typeCategories(type);
}

// A pure function of the type: a large app asks for the same few dozen types thousands of times.
const typeCategories = memoizeBounded(categoryOfTypeUncached, 10_000);

function categoryOfTypeUncached(type: string): Classification | undefined {
  const standIn = CDK_RESOURCE_STAND_INS.get(type);
  if (standIn) return standIn;
  if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') return CUSTOM_RESOURCE;
  const override = typeOverride(type);
  if (override !== undefined) return { category: override.category, basis: 'type', reason: override.reason };
  const namespace = namespaceOf(type);
  if (namespace === undefined) return undefined;
  const category = categoryOfNamespace(namespace);
  if (category !== undefined) return { category, basis: 'namespace' };
  // Registry extensions published by third parties (and private types) run handlers that are
  // neither AWS's nor covered by its side of the model. `AWS::` is reserved for AWS itself.
  return type.startsWith('AWS::') ? undefined : THIRD_PARTY;
}

/**
 * The category of one resource: its type's category, refined with its properties.
 *
 * Never undefined, because every resource in a report needs a category. An `AWS::` type from a
 * service the table does not know is assumed abstracted (most new services are) with basis
 * `unknown`, so reports can flag it instead of presenting the guess as fact.
 */
export function classifyResource(type: string, read: PropertyReader): Classification {
  const base = categoryOfType(type);
  if (base === undefined) {
    return {
      category: 'abstracted',
      basis: 'unknown',
      reason: `service of ${type} is not in the category table; assumed abstracted`,
    };
  }
  return refine(type, base, read);
}
