import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';

export default defineRule({
  id: 'SRM-PAT-025',
  title: 'ECR repository has a lifecycle policy',
  duty: 'patch-management',
  severity: 'low',
  resourceTypes: ['AWS::ECR::Repository'],
  controls: {
    configRule: 'ECR_PRIVATE_LIFECYCLE_POLICY_CONFIGURED',
    securityHub: ['ECR.3'],
    controlTower: ['CT.ECR.PR.1'],
    nist80053: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  },
  docs: {
    description: 'Without expiry, old unpatched images pile up in the repository and stay deployable; a lifecycle policy retires them.',
    addressedBy: '`LifecyclePolicy.LifecyclePolicyText` with at least one rule.',
    default: 'Absent, ECR keeps every image forever: unaddressed.',
    fix: {
      cdk: "new ecr.Repository(this, 'Repo', { lifecycleRules: [{ maxImageCount: 50 }] })",
      cloudformation: 'Set `LifecyclePolicy: { LifecyclePolicyText: \'{"rules":[...]}\' }`.',
    },
  },
  check(repository) {
    return judge(repository.get('LifecyclePolicy.LifecyclePolicyText'), (value) =>
      typeof value === 'string' && value.trim() !== ''
        ? { ok: true, message: 'a lifecycle policy expires old images' }
        : { ok: false, message: value === undefined ? 'no lifecycle policy is set, so old images are kept forever' : 'the lifecycle policy text is empty or not text' },
    );
  },
});
