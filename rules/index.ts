/**
 * The catalogue: every rule, listed explicitly (never discovered from file names), grouped by duty.
 * Rule ids follow docs/RULE-IDS.md and are never reused.
 */
import type { Rule } from '../lib/engine/rule';
import { backupRecoveryRules } from './backup-recovery';
import { encryptionAtRestRules } from './encryption-at-rest';
import { encryptionInTransitRules } from './encryption-in-transit';
import { identityAccessRules } from './identity-access';
import { loggingMonitoringRules } from './logging-monitoring';
import { networkExposureRules } from './network-exposure';
import { patchManagementRules } from './patch-management';
import { regionResidencyRules } from './region-residency';

export const ALL_RULES: readonly Rule[] = [
  ...encryptionAtRestRules,
  ...encryptionInTransitRules,
  ...networkExposureRules,
  ...backupRecoveryRules,
  ...regionResidencyRules,
  ...patchManagementRules,
  ...identityAccessRules,
  ...loggingMonitoringRules,
];
