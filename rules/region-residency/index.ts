import type { Rule } from '../../lib/engine/rule';

export const regionResidencyRules: readonly Rule[] = [];
