import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-022',
  title: 'OpenSearch domain installs service software updates automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::OpenSearchService::Domain'],
  controls: {
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(5)'],
  },
  docs: {
    description: 'OpenSearch Service releases service software updates with security fixes; unless automatic updates are on, the customer must start each one (required ones are forced only after a deadline).',
    addressedBy: '`SoftwareUpdateOptions.AutoSoftwareUpdateEnabled: true`.',
    default: 'Absent, automatic software updates are off: unaddressed.',
    fix: {
      cdk: "new opensearch.Domain(this, 'Search', { ..., enableAutoSoftwareUpdate: true })",
      cloudformation: 'Set `SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: true }`.',
    },
  },
  check(domain) {
    return requireTrue(domain.get('SoftwareUpdateOptions.AutoSoftwareUpdateEnabled'), {
      whenAbsent: false,
      on: 'service software updates are installed automatically',
      off: 'automatic service software updates are off, so security updates wait for someone to start them',
    });
  },
});
