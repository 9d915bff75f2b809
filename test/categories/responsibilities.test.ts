import {
  customerDuties,
  DUTIES,
  DUTY_TITLES,
  isDuty,
  RESPONSIBILITIES,
  responsibilityFor,
  type ServiceCategory,
} from '../../lib/categories';

const CATEGORIES: readonly ServiceCategory[] = ['infrastructure', 'container', 'abstracted', 'custom'];

describe('duties', () => {
  test('the vocabulary is the stable list, in report order', () => {
    expect(DUTIES).toEqual([
      'encryption-at-rest',
      'encryption-in-transit',
      'network-exposure',
      'backup-recovery',
      'region-residency',
      'patch-management',
      'identity-access',
      'logging-monitoring',
    ]);
  });

  test('every duty has a title', () => {
    expect(Object.keys(DUTY_TITLES).sort()).toEqual([...DUTIES].sort());
    expect(DUTY_TITLES['encryption-at-rest']).toBe('Encryption at rest');
  });

  test('isDuty recognises the vocabulary only', () => {
    expect(isDuty('network-exposure')).toBe(true);
    expect(isDuty('networking')).toBe(false);
    expect(isDuty(3)).toBe(false);
  });
});

describe('responsibilities', () => {
  test.each(CATEGORIES)('%s assigns every duty and nothing else', (category) => {
    const { duties, awsManages, customerManages, notes } = responsibilityFor(category);
    expect(Object.keys(duties).sort()).toEqual([...DUTIES].sort());
    for (const duty of DUTIES) expect(['customer', 'shared', 'aws']).toContain(duties[duty]);
    expect(awsManages.length).toBeGreaterThan(0);
    expect(customerManages.length).toBeGreaterThan(0);
    for (const key of Object.keys(notes)) expect(isDuty(key)).toBe(true);
  });

  test.each(CATEGORIES)('region residency is always the customer\'s (%s)', (category) => {
    expect(RESPONSIBILITIES[category].duties['region-residency']).toBe('customer');
  });

  test('the customer carries everything for infrastructure and custom code', () => {
    for (const category of ['infrastructure', 'custom'] as const) {
      for (const duty of DUTIES) expect(RESPONSIBILITIES[category].duties[duty]).toBe('customer');
    }
  });

  test('patching moves towards AWS as the category rises', () => {
    expect(RESPONSIBILITIES.infrastructure.duties['patch-management']).toBe('customer');
    expect(RESPONSIBILITIES.container.duties['patch-management']).toBe('shared');
    expect(RESPONSIBILITIES.abstracted.duties['patch-management']).toBe('aws');
    expect(customerDuties('abstracted')).not.toContain('patch-management');
    expect(customerDuties('infrastructure')).toEqual(DUTIES);
  });
});
