import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { categoryOfType, NAMESPACE_CATEGORIES, namespaceOf, TYPE_OVERRIDES } from '../../lib/categories';
import { NAMESPACE_GROUPS } from '../../lib/categories/namespace-table';

// Loading the spec takes seconds; every test here reads the same list.
const allTypes: readonly string[] = loadAwsServiceSpecSync()
  .all('resource')
  .map((resource) => resource.cloudFormationType)
  .sort();

describe('coverage of the CloudFormation resource specification', () => {
  test('the spec is the full one, not an empty or partial load', () => {
    expect(allTypes.length).toBeGreaterThan(1500);
  });

  test('every resource type in the spec has a category', () => {
    const missing = allTypes.filter((type) => categoryOfType(type) === undefined);
    expect(missing).toEqual([]);
  });

  test('no AWS type is custom except the generic custom resource', () => {
    const custom = allTypes.filter((type) => type.startsWith('AWS::') && categoryOfType(type)?.category === 'custom');
    expect(custom).toEqual(['AWS::CloudFormation::CustomResource']);
  });

  test('AWS-owned namespaces outside AWS:: are not treated as third-party', () => {
    const thirdParty = allTypes.filter((type) => categoryOfType(type)?.category === 'custom' && !type.startsWith('AWS::'));
    expect(thirdParty).toEqual([]);
  });

  test('every type override names a type that exists in the spec', () => {
    const known = new Set(allTypes);
    expect([...TYPE_OVERRIDES.keys()].filter((type) => !known.has(type))).toEqual([]);
  });

  test('every type override changes its namespace default', () => {
    const redundant = [...TYPE_OVERRIDES].filter(([type, override]) => {
      const namespace = namespaceOf(type);
      return namespace !== undefined && NAMESPACE_CATEGORIES.get(namespace) === override.category;
    });
    expect(redundant.map(([type]) => type)).toEqual([]);
  });

  test('no namespace is listed under two categories', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [category, namespaces] of Object.entries(NAMESPACE_GROUPS)) {
      for (const namespace of namespaces) {
        const previous = seen.get(namespace);
        if (previous !== undefined) duplicates.push(`${namespace} (${previous}, ${category})`);
        seen.set(namespace, category);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
