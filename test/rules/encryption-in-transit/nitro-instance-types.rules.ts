import { IN_TRANSIT_FAMILIES, NITRO_FAMILIES, XEN_FAMILIES } from '../../../rules/encryption-in-transit/data/nitro-instance-types';
import { classify, classifyPattern } from '../../../rules/encryption-in-transit/instance-types';

describe('Nitro instance type data', () => {
  it('keeps the lists consistent', () => {
    for (const family of IN_TRANSIT_FAMILIES) expect(NITRO_FAMILIES.has(family)).toBe(true);
    for (const family of XEN_FAMILIES) expect(NITRO_FAMILIES.has(family)).toBe(false);
  });

  it.each([
    ['m5.large', 'yes', 'no'],
    ['m6i.xlarge', 'yes', 'yes'],
    ['C7G.large', 'yes', 'yes'],
    ['t2.micro', 'no', 'no'],
    ['i3.large', 'no', 'no'],
    ['i3.metal', 'yes', 'no'],
    ['mac2.metal', 'yes', 'no'],
    ['zz9.large', 'unknown', 'unknown'],
    ['m5', 'unknown', 'unknown'],
  ])('%s: nitro %s, in transit %s', (type, nitro, transit) => {
    expect(classify(type, 'nitro')).toBe(nitro);
    expect(classify(type, 'transit')).toBe(transit);
  });

  it.each([
    ['m7i.*', 'nitro', 'yes'],
    ['i3.*', 'nitro', 'no'],
    ['m5*', 'transit', 'no'],
    ['c*', 'nitro', 'no'],
    ['m7*', 'nitro', 'unknown'],
    ['*', 'nitro', 'no'],
  ] as const)('pattern %s (%s): %s', (pattern, want, answer) => {
    expect(classifyPattern(pattern, want)).toBe(answer);
  });
});
