import * as appsync from 'aws-cdk-lib/aws-appsync';
import rule from '../../../rules/encryption-at-rest/appsync-api-cache-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::AppSync::ApiCache';
const base = { ApiId: 'api', Type: 'SMALL', Ttl: 300, ApiCachingBehavior: 'FULL_REQUEST_CACHING' };
const cdkBase = { apiId: 'api', type: 'SMALL', ttl: 300, apiCachingBehavior: 'FULL_REQUEST_CACHING' };

testRule(rule, [
  { name: 'encrypted', resources: one(T, { ...base, AtRestEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'absent', resources: one(T, base), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, AtRestEncryptionEnabled: u })),
  imported(T, (u) => ({ ...base, AtRestEncryptionEnabled: u })),
  conditional(T, (v) => ({ ...base, AtRestEncryptionEnabled: v }), true, false, 'unaddressed'),
  { name: 'L1 encrypted', cdk: (stack) => void new appsync.CfnApiCache(stack, 'Cache', { ...cdkBase, atRestEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'L1 not encrypted', cdk: (stack) => void new appsync.CfnApiCache(stack, 'Cache', cdkBase), expect: 'unaddressed' },
]);
