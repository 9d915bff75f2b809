import { defineRule } from '../../lib/engine/rule';
import { isPlainObject, type Resolved } from '../../lib/model/values';
import { perContainer } from './lib/ecs-containers';

const CREDENTIAL_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA'];

export default defineRule({
  id: 'SRM-IAM-025',
  title: 'ECS containers do not receive credentials as environment variables',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  controls: {
    configRule: 'ECS_NO_ENVIRONMENT_SECRETS',
    securityHub: ['ECS.8'],
    controlTower: ['CT.ECS.PR.12'],
    nist80053: ['CA-9(1)', 'CM-2'],
  },
  docs: {
    description: 'Plain environment variables are visible to anyone who can describe the task definition; AWS keys and registry credentials there leak with it.',
    addressedBy: 'No `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` or `ECS_ENGINE_AUTH_DATA` in any container\'s `Environment`; use the task role, and `Secrets` from Secrets Manager or SSM.',
    default: 'A container without `Environment` is addressed.',
    fix: {
      cdk: "taskDefinition.addContainer('App', { image, secrets: { API_KEY: ecs.Secret.fromSecretsManager(secret) } }) // and grant AWS access through the task role",
      cloudformation: 'Remove the credential variables from `Environment`; use `TaskRoleArn` for AWS access and `Secrets` for other credentials.',
    },
  },
  check(task) {
    return perContainer(task, (container, name) => {
      const environment = container.Environment;
      if (environment === undefined) return { ok: true, message: `container ${name} has no environment variables`, property: 'Environment' };
      if (!Array.isArray(environment)) return { ok: undefined, message: `the environment of container ${name} cannot be resolved`, property: 'Environment' };
      const names = (environment as readonly Resolved[]).map((entry) => (isPlainObject(entry) ? entry.Name : undefined));
      const found = names.filter((n): n is string => typeof n === 'string' && CREDENTIAL_NAMES.includes(n.toUpperCase()));
      if (found.length > 0) return { ok: false, message: `container ${name} receives ${found.join(', ')} as plain environment variables`, property: 'Environment' };
      if (names.some((n) => typeof n !== 'string')) return { ok: undefined, message: `an environment variable name of container ${name} cannot be resolved`, property: 'Environment' };
      return { ok: true, message: `container ${name} receives no AWS credentials in its environment`, property: 'Environment' };
    });
  },
});
