import { DUTIES, DUTY_TITLES, RESPONSIBILITIES, type Duty } from '../categories';
import type { StackModel } from '../model/stack';
import type { UnexpandedResource } from '../model/template-file';
import { fingerprintOf, type Result } from './result';
import { DUTY_CODES } from './rule';

/**
 * Results for what the tool cannot see before deploy-time expansion. Rule number `000` of each duty
 * is reserved for this (docs/RULE-IDS.md): a resource the tool cannot read is `needs-review` for
 * every duty its category leaves to the customer, never silently skipped.
 */
export function unexpandedResults(stack: StackModel): Result[] {
  const results: Result[] = [];
  for (const entry of stack.unexpanded) {
    const resource = stack.resource(entry.logicalId);
    const category = resource?.classification.category ?? 'custom';
    const duties = DUTIES.filter((duty) => RESPONSIBILITIES[category].duties[duty] !== 'aws');
    for (const duty of duties) results.push(result(stack, entry, duty, category, resource?.type, resource?.constructPath, resource?.line));
  }
  return results;
}

function result(
  stack: StackModel,
  entry: UnexpandedResource,
  duty: Duty,
  category: Result['category'],
  type: string | undefined,
  constructPath: string | undefined,
  line: number | undefined,
): Result {
  const ruleId = `SRM-${DUTY_CODES[duty]}-000`;
  const isStack = entry.logicalId === stack.name && !type;
  return {
    ruleId,
    title: `${DUTY_TITLES[duty]} of resources expanded at deploy time`,
    duty,
    status: 'needs-review',
    severity: 'medium',
    category,
    stack: stack.name,
    templatePath: stack.templatePath,
    logicalId: entry.logicalId,
    resourceType: type ?? (isStack ? 'AWS::CloudFormation::Stack' : 'Unexpanded'),
    constructPath,
    line: line ?? stack.lineOf(entry.logicalId),
    message: `cannot be checked before deploy: ${entry.reason}`,
    fix: 'Check the expanded template (for SAM: `sam build` / `sam package`; for Rain: `rain pkg`; for macros: the processed template from `aws cloudformation get-template --template-stage Processed`).',
    evidence: [],
    securityHub: [],
    controlTower: [],
    nist80053: [],
    fingerprint: fingerprintOf({ ruleId, stack: stack.name, subject: constructPath ?? entry.logicalId }),
  };
}
