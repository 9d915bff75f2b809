import { defineRule } from '../../lib/engine/rule';
import { requireBoolean } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-021',
  title: 'CodeBuild projects do not run builds in privileged mode',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_ENVIRONMENT_PRIVILEGED_CHECK',
    securityHub: ['CodeBuild.5'],
    controlTower: ['CT.CODEBUILD.PR.4'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)'],
  },
  docs: {
    description: 'Privileged mode gives the build container root access to the build host\'s Docker daemon; a compromised dependency then controls the build environment.',
    addressedBy: '`Environment.PrivilegedMode` absent or `false`.',
    default: 'Absent means `false`: addressed. Projects that build Docker images need it; acknowledge those with a reason.',
    fix: {
      cdk: 'new codebuild.Project(this, id, { environment: { privileged: false }, ... })',
      cloudformation: 'Set `Environment.PrivilegedMode: false` (or remove it) on the AWS::CodeBuild::Project.',
    },
  },
  check(project) {
    return requireBoolean(project.get('Environment.PrivilegedMode'), { whenAbsent: false, want: false, on: 'builds do not run in privileged mode', off: 'builds run in privileged mode' });
  },
});
