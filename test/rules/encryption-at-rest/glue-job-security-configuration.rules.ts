import * as glue from 'aws-cdk-lib/aws-glue';
import rule from '../../../rules/encryption-at-rest/glue-job-security-configuration';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::Glue::Job';
const base = { Role: 'r', Command: { Name: 'glueetl', ScriptLocation: 's3://b/s.py' } };
const cdkBase = { role: 'r', command: { name: 'glueetl', scriptLocation: 's3://b/s.py' } };

testRule(rule, [
  { name: 'security configuration named', resources: one(T, { ...base, SecurityConfiguration: 'encrypted' }), expect: 'addressed' },
  { name: 'no security configuration', resources: one(T, base), expect: 'unaddressed' },
  { name: 'not a name', resources: one(T, { ...base, SecurityConfiguration: 7 }), expect: 'needs-review' },
  unresolvable(T, (u) => ({ ...base, SecurityConfiguration: u })),
  imported(T, (u) => ({ ...base, SecurityConfiguration: u })),
  { name: 'L1 with a security configuration', cdk: (stack) => void new glue.CfnJob(stack, 'Job', { ...cdkBase, securityConfiguration: 'encrypted' }), expect: 'addressed' },
  { name: 'L1 without', cdk: (stack) => void new glue.CfnJob(stack, 'Job', cdkBase), expect: 'unaddressed' },
]);
