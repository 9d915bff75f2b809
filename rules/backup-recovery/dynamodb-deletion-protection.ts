import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** CloudFormation default: `DeletionProtectionEnabled` absent means off. */
export default defineRule({
  id: 'SRM-BKP-009',
  title: 'DynamoDB table has deletion protection',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::DynamoDB::Table'],
  controls: {
    configRule: 'DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED',
    securityHub: ['DynamoDB.6'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
  },
  docs: {
    description: 'A deleted table takes its data with it; guarding tables against accidental deletion is the customer\'s.',
    addressedBy: '`DeletionProtectionEnabled: true`.',
    default: 'Absent means off: unaddressed.',
    fix: {
      cdk: 'new dynamodb.Table(this, id, { deletionProtection: true, ... })',
      cloudformation: 'Set `DeletionProtectionEnabled: true` on the AWS::DynamoDB::Table.',
    },
  },
  check(table) {
    return switchedOn(table.get('DeletionProtectionEnabled'), 'deletion protection');
  },
});
