import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { rotationIndex } from './lib/secret-rotation';

export default defineRule({
  id: 'SRM-IAM-041',
  title: 'Secrets Manager secrets have automatic rotation',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  controls: {
    configRule: 'SECRETSMANAGER_ROTATION_ENABLED_CHECK',
    securityHub: ['SecretsManager.1'],
    cdkNag: ['AwsSolutions-SMG4', 'NIST.800.53.R5-SecretsManagerRotationEnabled', 'HIPAA.Security-SecretsManagerRotationEnabled'],
  },
  docs: {
    description: 'A credential that never changes stays useful to whoever copied it; rotation limits how long a leaked secret works.',
    addressedBy: 'An AWS::SecretsManager::RotationSchedule whose `SecretId` refers to the secret (or to its AWS::SecretsManager::SecretTargetAttachment).',
    default: 'A secret has no rotation unless a rotation schedule is configured: unaddressed. A schedule whose `SecretId` cannot be resolved may be the secret\'s, so the result is needs-review. Secrets that cannot rotate (third-party API keys) should be acknowledged with a reason.',
    fix: {
      cdk: "secret.addRotationSchedule('Rotation', { hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser(), automaticallyAfter: Duration.days(30) }) // or dbInstance.addRotationSingleUser()",
      cloudformation: 'Add an AWS::SecretsManager::RotationSchedule with `SecretId: !Ref Secret`, a `HostedRotationLambda` or `RotationLambdaARN`, and `RotationRules.ScheduleExpression` or `AutomaticallyAfterDays`.',
    },
  },
  check(secret) {
    const index = rotationIndex(secret.stack);
    const name = secret.get('Name').value;
    const schedules = [...(index.bySecret.get(secret.logicalId) ?? []), ...(typeof name === 'string' ? (index.byName.get(name) ?? []) : [])];
    if (schedules.length > 0) {
      return addressed(`the secret is rotated by ${schedules.join(', ')}`, { evidence: schedules.map((logicalId) => ({ description: `rotation schedule ${logicalId}`, logicalId })) });
    }
    if (index.unresolved.length > 0) return needsReview(`no rotation schedule refers to the secret, but the SecretId of ${index.unresolved.join(', ')} cannot be resolved and may be this secret`);
    return unaddressed('no rotation schedule refers to the secret, so it is never rotated');
  },
});
