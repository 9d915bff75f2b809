import { defineRule } from '../../lib/engine/rule';
import { requireOneOf } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-020',
  title: 'Lambda function takes runtime patches automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::Lambda::Function'],
  controls: {
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(5)'],
  },
  docs: {
    description: 'Lambda publishes new runtime versions with security patches. In `Manual` mode the function stays pinned to one runtime version and never receives them.',
    addressedBy: '`RuntimeManagementConfig.UpdateRuntimeOn` absent, `Auto`, or `FunctionUpdate` (patched when the function is next deployed).',
    default: 'Absent, Lambda uses `Auto` and moves the function to new runtime versions itself: addressed. Container image functions: not applicable.',
    fix: {
      cdk: 'Remove `runtimeManagementMode: lambda.RuntimeManagementMode.manual(...)`, or use `RuntimeManagementMode.AUTO`.',
      cloudformation: 'Remove `RuntimeManagementConfig` or set `UpdateRuntimeOn: Auto`.',
    },
  },
  check(fn) {
    if (fn.get('PackageType').value === 'Image') return undefined;
    return requireOneOf(fn.get('RuntimeManagementConfig.UpdateRuntimeOn'), ['Auto', 'FunctionUpdate'], {
      on: 'runtime patches are applied by Lambda',
      off: (value) => (value === 'Manual' ? 'UpdateRuntimeOn is Manual, so the function stays on a pinned runtime version without new patches' : `UpdateRuntimeOn is ${value}, not a valid mode`),
      absent: { ok: true, message: 'RuntimeManagementConfig is not set, so Lambda applies runtime patches automatically (Auto)' },
    });
  },
});
