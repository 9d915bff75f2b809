import { Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import rule from '../../../rules/backup-recovery/backup-plan-rule-retention';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const plan = (...rules: object[]) => ({ Plan: resource('AWS::Backup::BackupPlan', { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: rules } }) });
const rule_ = (RuleName: string, lifecycle?: object) => ({ RuleName, TargetBackupVault: 'v', ...(lifecycle ? { Lifecycle: lifecycle } : {}) });

testRule(rule, [
  { name: '35 days', resources: plan(rule_('Daily', { DeleteAfterDays: 35 })), expect: 'addressed' },
  { name: 'no expiry', resources: plan(rule_('Forever')), expect: [{ status: 'addressed', key: 'Forever', message: /until they are deleted by hand/ }] },
  {
    name: 'one rule too short, one fine',
    resources: plan(rule_('Hourly', { DeleteAfterDays: 1 }), rule_('Monthly', { DeleteAfterDays: 365 })),
    expect: [{ status: 'unaddressed', key: 'Hourly', message: /after 1 days, fewer than 7/ }, { status: 'addressed', key: 'Monthly' }],
  },
  { name: 'days from a parameter without a default', parameters: unknownParameter, resources: plan(rule_('Daily', { DeleteAfterDays: ref })), expect: [{ status: 'needs-review', key: 'Daily' }] },
  { name: 'rules from a parameter', parameters: unknownParameter, resources: { Plan: resource('AWS::Backup::BackupPlan', { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: ref } }) }, expect: 'needs-review' },
  { name: 'daily35DayRetention', cdk: (stack) => void backup.BackupPlan.daily35DayRetention(stack, 'Plan'), expect: 'addressed' },
  {
    name: 'a rule deleting after one day',
    cdk: (stack) => void new backup.BackupPlan(stack, 'Plan', { backupPlanRules: [new backup.BackupPlanRule({ ruleName: 'Short', deleteAfter: Duration.days(1) })] }),
    expect: [{ status: 'unaddressed', key: 'Short' }],
  },
]);
