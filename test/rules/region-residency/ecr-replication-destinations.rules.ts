import * as ecr from 'aws-cdk-lib/aws-ecr';
import rule from '../../../rules/region-residency/ecr-replication-destinations';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1'] };
const config = (...regions: unknown[]) => ({ R: { Type: 'AWS::ECR::ReplicationConfiguration', Properties: { ReplicationConfiguration: { Rules: [{ Destinations: regions.map((Region) => ({ Region, RegistryId: '111111111111' })) }] } } } });
const l1 = (region: string) => (stack: import('aws-cdk-lib').Stack) =>
  void new ecr.CfnReplicationConfiguration(stack, 'R', { replicationConfiguration: { rules: [{ destinations: [{ region, registryId: '111111111111' }] }] } });

testRule(rule, [
  { name: 'allowed destination', options, resources: config('eu-west-1'), expect: 'addressed' },
  { name: 'destination outside', options, resources: config('eu-west-1', 'us-east-2'), expect: [{ status: 'unaddressed', key: 'us-east-2', propertyPath: 'ReplicationConfiguration.Rules.0.Destinations.1.Region' }] },
  { name: 'destination from a parameter without a default', options, parameters: { R: { Type: 'String' } }, resources: config({ Ref: 'R' }), expect: 'needs-review' },
  { name: 'no allowed regions configured', resources: config('us-east-2'), expect: [] },
  { name: 'CfnReplicationConfiguration to an allowed region', options, cdk: l1('eu-west-1'), expect: 'addressed' },
  { name: 'CfnReplicationConfiguration to us-east-1', options, cdk: l1('us-east-1'), expect: 'unaddressed' },
]);
