import * as dax from 'aws-cdk-lib/aws-dax';
import rule from '../../../rules/encryption-at-rest/dax-cluster-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::DAX::Cluster';
const base = { IAMRoleARN: 'arn:aws:iam::1:role/dax', NodeType: 'dax.t3.small', ReplicationFactor: 1 };
const cdkBase = { iamRoleArn: 'arn:aws:iam::1:role/dax', nodeType: 'dax.t3.small', replicationFactor: 1 };

testRule(rule, [
  { name: 'SSEEnabled true', resources: one(T, { ...base, SSESpecification: { SSEEnabled: true } }), expect: 'addressed' },
  { name: 'no SSESpecification', resources: one(T, base), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, SSESpecification: { SSEEnabled: u } })),
  imported(T, (u) => ({ ...base, SSESpecification: u })),
  conditional(T, (v) => ({ ...base, SSESpecification: { SSEEnabled: v } }), true, false, 'unaddressed'),
  { name: 'L1 encrypted', cdk: (stack) => void new dax.CfnCluster(stack, 'Dax', { ...cdkBase, sseSpecification: { sseEnabled: true } }), expect: 'addressed' },
  { name: 'L1 not encrypted', cdk: (stack) => void new dax.CfnCluster(stack, 'Dax', cdkBase), expect: 'unaddressed' },
]);
