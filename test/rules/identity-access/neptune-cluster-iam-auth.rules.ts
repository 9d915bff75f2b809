import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/identity-access/neptune-cluster-iam-auth';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ C: { Type: 'AWS::Neptune::DBCluster', Properties: properties } });

testRule(rule, [
  { name: 'IAM auth on', resources: cluster({ IamAuthEnabled: true }), expect: 'addressed' },
  { name: 'IAM auth absent', resources: cluster({}), expect: 'unaddressed' },
  { name: 'parameter without a default', parameters: { Iam: { Type: 'String' } }, resources: cluster({ IamAuthEnabled: { Ref: 'Iam' } }), expect: 'needs-review' },
  { name: 'CfnDBCluster with IAM auth', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', { iamAuthEnabled: true }), expect: 'addressed' },
  { name: 'CfnDBCluster without IAM auth', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'C', {}), expect: 'unaddressed' },
]);
