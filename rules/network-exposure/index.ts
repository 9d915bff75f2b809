import type { Rule } from '../../lib/engine/rule';

export const networkExposureRules: readonly Rule[] = [];
