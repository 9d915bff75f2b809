import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { ConditionalValue, Unresolved, describeValue, type Resolved } from '../../lib/model/values';
import { itemsOf } from './lib/items';

/** `https://user:password@host/...` or `https://token@host/...`; an SSH user (`ssh://git@host`) without a password is no secret. */
function embeddedCredentials(location: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)@/i.exec(location.trim());
  if (!match) return false;
  return /^https?$/i.test(match[1]) || match[2].includes(':');
}

function judgeLocation(path: string, value: Resolved): Finding | undefined {
  const options = { propertyPath: path, key: path };
  if (value === undefined) return undefined;
  if (value instanceof Unresolved || value instanceof ConditionalValue) return needsReview(`${path} cannot be resolved, so it may embed credentials: ${describeValue(value)}`, options);
  if (typeof value !== 'string') return needsReview(`${path} is ${describeValue(value)}, not a URL`, options);
  if (embeddedCredentials(value)) return unaddressed(`${path} embeds sign-in credentials in the repository URL, stored in plain text in the project`, options);
  return addressed(`${path} holds no credentials`, { ...options, evidence: { description: `${path} has no user information`, propertyPath: path } });
}

export default defineRule({
  id: 'SRM-IAM-030',
  title: 'CodeBuild source repository URLs do not embed credentials',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_SOURCE_REPO_URL_CHECK',
    securityHub: ['CodeBuild.1'],
    controlTower: ['CT.CODEBUILD.PR.1'],
    nist80053: ['SA-3'],
    cdkNag: ['HIPAA.Security-CodeBuildProjectSourceRepoUrl', 'NIST.800.53.R4-CodeBuildProjectSourceRepoUrl', 'PCI.DSS.321-CodeBuildProjectSourceRepoUrl'],
  },
  docs: {
    description: 'A token or password in a source URL is stored in plain text in the project and shown to anyone who can read it; CodeBuild connects to GitHub and Bitbucket through OAuth, connections or stored source credentials instead.',
    addressedBy: '`Source.Location` and every `SecondarySources[].Location` without a `user:password@` or `token@` part.',
    default: 'A source without `Location` (CodePipeline, no source) has nothing to leak and is not checked.',
    fix: {
      cdk: "codebuild.Source.gitHub({ owner, repo }) // with credentials imported once: new codebuild.GitHubSourceCredentials(this, 'Creds', { accessToken: SecretValue.secretsManager('github-token') })",
      cloudformation: 'Remove the credentials from `Source.Location`; store them once with AWS::CodeBuild::SourceCredential (from Secrets Manager) or use a CodeConnections connection.',
    },
  },
  check(project) {
    const sources = itemsOf(project, 'SecondarySources');
    const findings: Finding[] = [];
    const primary = judgeLocation('Source.Location', project.get('Source.Location').value);
    if (primary) findings.push(primary);
    if ('problem' in sources) return [...findings, sources.problem];
    for (const source of sources.items) {
      const finding = judgeLocation(`${source.path}.Location`, source.value.Location);
      if (finding) findings.push(finding);
    }
    return findings.length > 0 ? findings : undefined;
  },
});
