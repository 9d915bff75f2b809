import type { Rule } from '../engine/rule';

/** The Control Tower objectives that belong to a duty outright (see shared/reference/README.md). */
export const DUTY_OBJECTIVES: readonly string[] = [
  'Encrypt data at rest',
  'Encrypt data in transit',
  'Limit network access',
  'Enforce least privilege',
  'Use strong authentication',
  'Establish logging and monitoring',
  'Manage vulnerabilities',
];

export interface ControlRecord {
  readonly id: string;
  readonly objectives: readonly string[];
  readonly resourceTypes: readonly string[];
  readonly title: string;
}

export interface ControlCoverage {
  readonly inScope: number;
  readonly covered: number;
  readonly uncovered: readonly ControlRecord[];
  readonly byObjective: Record<string, { inScope: number; covered: number }>;
}

/** How many of the in-scope Control Tower proactive controls some rule lists in `controlTower`. */
export function controlCoverage(rules: readonly Rule[], controls: readonly ControlRecord[]): ControlCoverage {
  const listed = new Set(rules.flatMap((rule) => rule.controls.controlTower ?? []));
  const inScope = controls.filter((control) => control.objectives.some((objective) => DUTY_OBJECTIVES.includes(objective)));
  const byObjective: Record<string, { inScope: number; covered: number }> = {};
  for (const control of inScope) {
    for (const objective of control.objectives.filter((o) => DUTY_OBJECTIVES.includes(o))) {
      byObjective[objective] ??= { inScope: 0, covered: 0 };
      byObjective[objective].inScope++;
      if (listed.has(control.id)) byObjective[objective].covered++;
    }
  }
  return {
    inScope: inScope.length,
    covered: inScope.filter((control) => listed.has(control.id)).length,
    uncovered: inScope.filter((control) => !listed.has(control.id)),
    byObjective,
  };
}
