import { asBoolean, judge, needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { Unresolved, describeValue, isPlainObject, type Resolved } from '../../lib/model/values';
import { AT_REST_NIST } from './lib/checks';

function artifactFinding(project: ResourceModel, path: string, name: string): Finding {
  return judge(
    project.get(`${path}.EncryptionDisabled`),
    (value) => {
      if (value === undefined) return { ok: true, message: `${name} artifacts are encrypted (EncryptionDisabled is not set, and CodeBuild encrypts by default)` };
      const disabled = asBoolean(value);
      if (disabled === undefined) return { ok: 'unknown', message: `${path}.EncryptionDisabled is ${describeValue(value)}, which is not a boolean` };
      return disabled ? { ok: false, message: `${name} artifacts are not encrypted (EncryptionDisabled is true)` } : { ok: true, message: `${name} artifacts are encrypted` };
    },
    { key: name },
  );
}

export default defineRule({
  id: 'SRM-EAR-032',
  title: 'CodeBuild project encrypts its build artifacts',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_ARTIFACT_ENCRYPTION',
    controlTower: ['CT.CODEBUILD.PR.5'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Build artifacts are the software the customer ships; CodeBuild encrypts them unless the project turns that off.',
    addressedBy: '`EncryptionDisabled` false or absent on `Artifacts` and every `SecondaryArtifacts` entry. One result per artifact.',
    default: 'Absent means CodeBuild encrypts the artifacts (with the project\'s `EncryptionKey` or the AWS managed `aws/s3` key): addressed.',
    fix: {
      cdk: "new codebuild.Project(this, 'Build', { ..., artifacts: codebuild.Artifacts.s3({ bucket, encryption: true }) })",
      cloudformation: 'Remove `EncryptionDisabled: true` from `Artifacts` and `SecondaryArtifacts` of the AWS::CodeBuild::Project.',
    },
  },
  check(project) {
    const findings: Finding[] = [];
    if (project.get('Artifacts').value !== undefined) findings.push(artifactFinding(project, 'Artifacts', 'primary'));
    const secondary = project.get('SecondaryArtifacts');
    const list = secondary.value;
    if (Array.isArray(list)) {
      (list as readonly Resolved[]).forEach((entry, index) => {
        const name = isPlainObject(entry) && typeof entry.ArtifactIdentifier === 'string' ? entry.ArtifactIdentifier : `secondary #${index}`;
        findings.push(artifactFinding(project, `SecondaryArtifacts.${index}`, name));
      });
    } else if (list !== undefined) {
      const why = list instanceof Unresolved ? `cannot be resolved: ${list.reason}` : `is ${describeValue(list)}, not a list`;
      findings.push(needsReview(`SecondaryArtifacts ${why}`, { propertyPath: secondary.path, key: 'secondary' }));
    }
    return findings.length > 0 ? findings : undefined;
  },
});
