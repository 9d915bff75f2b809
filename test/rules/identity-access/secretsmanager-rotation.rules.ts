import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import rule from '../../../rules/identity-access/secretsmanager-rotation';
import { testRule } from '../../support/rule-tester';

const secret = { S: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'app/db', GenerateSecretString: {} } } };
const schedule = (secretId: unknown) => ({ R: { Type: 'AWS::SecretsManager::RotationSchedule', Properties: { SecretId: secretId, HostedRotationLambda: { RotationType: 'PostgreSQLSingleUser' }, RotationRules: { AutomaticallyAfterDays: 30 } } } });
const attachment = { A: { Type: 'AWS::SecretsManager::SecretTargetAttachment', Properties: { SecretId: { Ref: 'S' }, TargetId: 'db-1', TargetType: 'AWS::RDS::DBInstance' } } };

testRule(rule, [
  { name: 'rotation schedule on the secret', resources: { ...secret, ...schedule({ Ref: 'S' }) }, expect: [{ status: 'addressed', on: 'S', message: 'rotated by R' }] },
  { name: 'rotation schedule on its target attachment', resources: { ...secret, ...attachment, ...schedule({ Ref: 'A' }) }, expect: 'addressed' },
  { name: 'rotation schedule by secret name', resources: { ...secret, ...schedule('app/db') }, expect: 'addressed' },
  { name: 'no rotation schedule', resources: secret, expect: 'unaddressed' },
  { name: 'schedule for another secret', resources: { ...secret, Other: { Type: 'AWS::SecretsManager::Secret' }, ...schedule({ Ref: 'Other' }) }, expect: [{ status: 'unaddressed', on: 'S' }, { status: 'addressed', on: 'Other' }] },
  { name: 'schedule with a SecretId from a parameter without a default', parameters: { Id: { Type: 'String' } }, resources: { ...secret, ...schedule({ Ref: 'Id' }) }, expect: 'needs-review' },
  {
    name: 'Secret with a hosted rotation',
    cdk: (stack) => void new secretsmanager.Secret(stack, 'S').addRotationSchedule('R', { hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser() }),
    expect: 'addressed',
  },
  { name: 'Secret without rotation', cdk: (stack) => void new secretsmanager.Secret(stack, 'S'), expect: 'unaddressed' },
]);
