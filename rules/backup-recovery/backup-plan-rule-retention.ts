import { asNumber, judge, needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { describeValue, isPlainObject, type Resolved } from '../../lib/model/values';

const MINIMUM = 7;

/** AWS Backup default: a rule without `Lifecycle.DeleteAfterDays` keeps recovery points until someone deletes them. */
export default defineRule({
  id: 'SRM-BKP-023',
  title: 'AWS Backup plan rules keep recovery points for at least 7 days',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::Backup::BackupPlan'],
  controls: {
    configRule: 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK',
    nist80053: ['CP-9', 'CP-10', 'SI-12'],
  },
  docs: {
    description: 'A backup plan that deletes its recovery points after a day or two leaves nothing to restore from once a problem is noticed.',
    addressedBy: 'Each `BackupPlan.BackupPlanRule[].Lifecycle.DeleteAfterDays` of 7 or more, or no expiry. One result per rule.',
    default: 'Absent `Lifecycle` (or `DeleteAfterDays`) means recovery points never expire: addressed. The AWS Config rule defaults to 35 days and also checks frequency.',
    fix: {
      cdk: 'plan.addRule(new backup.BackupPlanRule({ deleteAfter: Duration.days(35), ... }))',
      cloudformation: 'Set `Lifecycle: { DeleteAfterDays: 35 }` (7 or more) on each rule of the AWS::Backup::BackupPlan.',
    },
  },
  check(plan) {
    const rules = plan.get('BackupPlan.BackupPlanRule').value;
    if (!Array.isArray(rules)) return needsReview('the rules of the backup plan cannot be read', { propertyPath: 'BackupPlan.BackupPlanRule' });
    return (rules as readonly Resolved[]).map((rule, index): Finding => {
      const key = isPlainObject(rule) && typeof rule.RuleName === 'string' ? rule.RuleName : String(index);
      return judge(plan.get(`BackupPlan.BackupPlanRule.${index}.Lifecycle.DeleteAfterDays`), (value) => {
        if (value === undefined) return { ok: true, message: `rule ${key} keeps recovery points until they are deleted by hand` };
        const days = asNumber(value);
        if (days === undefined) return { ok: 'unknown', message: `DeleteAfterDays of rule ${key} is ${describeValue(value)}, not a number` };
        return days >= MINIMUM
          ? { ok: true, message: `rule ${key} keeps recovery points for ${days} days` }
          : { ok: false, message: `rule ${key} deletes recovery points after ${days} days, fewer than ${MINIMUM}` };
      }, { key });
    });
  },
});
