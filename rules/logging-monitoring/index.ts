import type { Rule } from '../../lib/engine/rule';

export const loggingMonitoringRules: readonly Rule[] = [];
