import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import rule from '../../../rules/region-residency/secrets-manager-replica-regions';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1', 'eu-central-1'] };
const secret = (replicas?: unknown) => ({ S: { Type: 'AWS::SecretsManager::Secret', Properties: replicas === undefined ? {} : { ReplicaRegions: replicas } } });

testRule(rule, [
  { name: 'replica in an allowed region', options, resources: secret([{ Region: 'eu-central-1' }]), expect: 'addressed' },
  { name: 'replica outside', options, resources: secret([{ Region: 'us-west-2' }]), expect: [{ status: 'unaddressed', key: 'us-west-2' }] },
  { name: 'replica list from a parameter without a default', options, parameters: { R: { Type: 'CommaDelimitedList' } }, resources: secret({ Ref: 'R' }), expect: 'needs-review' },
  { name: 'no replicas', options, resources: secret(), expect: [] },
  { name: 'Secret replicated to an allowed region', options, cdk: (stack) => void new secretsmanager.Secret(stack, 'S', { replicaRegions: [{ region: 'eu-west-1' }] }), expect: 'addressed' },
  { name: 'Secret replicated to us-east-1', options, cdk: (stack) => void new secretsmanager.Secret(stack, 'S', { replicaRegions: [{ region: 'us-east-1' }] }), expect: 'unaddressed' },
]);
