import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import rule from '../../../rules/region-residency/dynamodb-global-table-replicas';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1', 'eu-central-1'] };
const table = (...regions: unknown[]) => ({ T: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { KeySchema: [], Replicas: regions.map((Region) => ({ Region })) } } });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

testRule(rule, [
  { name: 'replicas in allowed regions', options, resources: table('eu-west-1', 'eu-central-1'), expect: 'addressed' },
  { name: 'one replica outside', options, resources: table('eu-west-1', 'us-east-1'), expect: [{ status: 'addressed', key: 'eu-west-1' }, { status: 'unaddressed', key: 'us-east-1', propertyPath: 'Replicas.1.Region' }] },
  { name: 'replica region from a parameter without a default', options, parameters: { R: { Type: 'String' } }, resources: table({ Ref: 'R' }), expect: 'needs-review' },
  { name: 'the current region, in an environment-agnostic stack', options, resources: table({ Ref: 'AWS::Region' }), expect: [{ status: 'needs-review', message: /environment-agnostic/ }] },
  { name: 'no allowed regions configured', resources: table('us-east-1'), expect: [] },
  { name: 'TableV2 with an allowed replica', options, env: { region: 'eu-west-1' }, cdk: (stack) => void new dynamodb.TableV2(stack, 'T', { partitionKey, replicas: [{ region: 'eu-central-1' }] }), expect: 'addressed' },
  { name: 'TableV2 replicated to us-east-1', options, env: { region: 'eu-west-1' }, cdk: (stack) => void new dynamodb.TableV2(stack, 'T', { partitionKey, replicas: [{ region: 'us-east-1' }] }), expect: [{ status: 'unaddressed', key: 'us-east-1' }] },
]);
