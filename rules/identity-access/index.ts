import type { Rule } from '../../lib/engine/rule';

export const identityAccessRules: readonly Rule[] = [];
