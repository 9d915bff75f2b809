import type { Rule } from '../../lib/engine/rule';

export const patchManagementRules: readonly Rule[] = [];
