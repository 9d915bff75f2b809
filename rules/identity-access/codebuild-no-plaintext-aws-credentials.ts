import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';
import { itemsOf } from './lib/items';

const CREDENTIAL_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
const STORED_TYPES = ['PARAMETER_STORE', 'SECRETS_MANAGER'];

export default defineRule({
  id: 'SRM-IAM-031',
  title: 'CodeBuild projects do not hold AWS credentials in plaintext environment variables',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::CodeBuild::Project'],
  controls: {
    configRule: 'CODEBUILD_PROJECT_ENVVAR_AWSCRED_CHECK',
    securityHub: ['CodeBuild.2'],
    controlTower: ['CT.CODEBUILD.PR.2'],
    nist80053: ['IA-5(7)', 'SA-3'],
    cdkNag: ['HIPAA.Security-CodeBuildProjectEnvVarAwsCred', 'NIST.800.53.R4-CodeBuildProjectEnvVarAwsCred', 'PCI.DSS.321-CodeBuildProjectEnvVarAwsCred'],
  },
  docs: {
    description: 'A plaintext environment variable is stored in the project and shown by `BatchGetProjects` and the console; access keys there leak to anyone who can read the project. The build should use its service role instead.',
    addressedBy: '`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` absent from `Environment.EnvironmentVariables`, or given with `Type: PARAMETER_STORE` or `SECRETS_MANAGER`.',
    default: 'An environment variable without `Type` is `PLAINTEXT`. A `{{resolve:...}}` dynamic reference in a `PLAINTEXT` variable does not help: CloudFormation resolves it and CodeBuild stores the value in plain text.',
    fix: {
      cdk: "environmentVariables: { AWS_ACCESS_KEY_ID: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'build/keys:AWS_ACCESS_KEY_ID' } } // better: drop them and grant the project's role",
      cloudformation: 'Remove the credential variables and grant access through `ServiceRole`, or set their `Type` to `PARAMETER_STORE`/`SECRETS_MANAGER` with the parameter or secret name as `Value`.',
    },
  },
  check(project) {
    const variables = itemsOf(project, 'Environment.EnvironmentVariables');
    if ('problem' in variables) return variables.problem;
    const plaintext: string[] = [];
    const unknown: string[] = [];
    let firstPath: string | undefined;
    for (const variable of variables.items) {
      const { Name: name, Type: type } = variable.value;
      if (typeof name !== 'string') {
        unknown.push(`${variable.path}.Name is ${describeValue(name)}`);
        continue;
      }
      if (!CREDENTIAL_NAMES.includes(name.toUpperCase())) continue;
      if (type === undefined || type === 'PLAINTEXT') {
        plaintext.push(`${name} (${variable.path})`);
        firstPath ??= variable.path;
      } else if (typeof type !== 'string' || !STORED_TYPES.includes(type)) {
        unknown.push(`${variable.path}.Type of ${name} is ${describeValue(type)}`);
      }
    }
    if (plaintext.length > 0) return unaddressed(`AWS credentials are stored as plaintext environment variables: ${plaintext.join(', ')}`, { propertyPath: firstPath });
    if (unknown.length > 0) return needsReview(`environment variables cannot be fully resolved: ${unknown.join('; ')}`, { propertyPath: 'Environment.EnvironmentVariables' });
    return addressed('no environment variable holds AWS credentials in plain text', { propertyPath: 'Environment.EnvironmentVariables' });
  },
});
