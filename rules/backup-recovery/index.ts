import type { Rule } from '../../lib/engine/rule';

export const backupRecoveryRules: readonly Rule[] = [];
