import { needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { allowedRegions, judgePlaces, listOf, placesOfArnValue } from './lib/regions';

export default defineRule({
  id: 'SRM-REG-005',
  title: 'AWS Backup copy actions copy to allowed regions',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::Backup::BackupPlan'],
  controls: {},
  docs: {
    description: 'A copy action puts a full copy of every recovery point into the destination vault\'s Region.',
    addressedBy: 'Every `BackupPlan.BackupPlanRule[].CopyActions[].DestinationBackupVaultArn` in an allowed region (the ARN\'s region field, or the region of the stack holding the referenced vault). One result per copy action.',
    default: 'Applies only when allowed regions are given; rules without copy actions are not evaluated.',
    fix: {
      cdk: 'new backup.BackupPlanRule({ copyActions: [{ destinationBackupVault: vaultInAllowedRegion }] })',
      cloudformation: 'Point `DestinationBackupVaultArn` of each copy action at a vault in an allowed region.',
    },
  },
  check(plan, context) {
    const allowed = allowedRegions(context);
    if (!allowed) return undefined;
    const rules = listOf(plan.get('BackupPlan.BackupPlanRule').value);
    if (typeof rules === 'string') return needsReview(`the plan rules cannot be read: ${rules}`, { propertyPath: 'BackupPlan.BackupPlanRule' });
    const findings = rules.flatMap((rule, r): Finding[] => {
      const copies = isPlainObject(rule) ? rule.CopyActions : undefined;
      if (copies === undefined) return [];
      const actions = listOf(copies);
      const base = `BackupPlan.BackupPlanRule.${r}.CopyActions`;
      if (typeof actions === 'string') return [needsReview(`the copy actions of rule ${r} cannot be read: ${actions}`, { propertyPath: base, key: `unknown:rule ${r}` })];
      return actions.flatMap((_action, c) => {
        const path = `${base}.${c}.DestinationBackupVaultArn`;
        return judgePlaces(placesOfArnValue(plan, path, context), allowed, `the copy destination of rule ${r}`, path);
      });
    });
    return findings.length > 0 ? findings : undefined;
  },
});
