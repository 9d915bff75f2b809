import type { Rule } from '../../lib/engine/rule';

export const encryptionInTransitRules: readonly Rule[] = [];
