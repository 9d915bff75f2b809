import { grantsEverything, grantsServiceWildcard, identityPoliciesOf, managedPolicyName, principalsOfPolicy } from '../../lib/relations/iam-policies';
import { parsePolicyDocument } from '../../lib/relations/policy-documents';
import { Unresolved, type Resolved } from '../../lib/model/values';
import { modelOfTemplate } from '../support/rule-tester';

const doc = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

describe('identityPoliciesOf', () => {
  test('inline, managed ARN, referenced managed policy and separate policy resources', () => {
    const model = modelOfTemplate({
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'app', AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'i', PolicyDocument: doc }], ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', { Ref: 'Managed' }] } },
        Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc, Roles: [{ Ref: 'Role' }] } },
        ByRef: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Roles: [{ Ref: 'Role' }] } },
        ByName: { Type: 'AWS::IAM::RolePolicy', Properties: { RoleName: 'app', PolicyName: 'p', PolicyDocument: doc } },
        Other: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Roles: ['someone-else'] } },
      },
    });
    const { policies, uncertain } = identityPoliciesOf(model.resource('Role')!);
    expect(policies.map((p) => `${p.kind}:${p.holder.logicalId}:${p.path}`).sort()).toEqual([
      'inline:Role:Policies.0.PolicyDocument',
      'managed-arn:Managed:PolicyDocument',
      'managed-arn:Role:ManagedPolicyArns.0',
      'resource:ByName:PolicyDocument',
      'resource:ByRef:PolicyDocument',
    ]);
    expect(uncertain).toEqual([]);
    expect(principalsOfPolicy(model.resource('Other')!)).toEqual([{ kind: 'external', property: 'Roles', name: 'someone-else', onlyWhen: [] }]);
  });

  test('a principal without policies has none; an unresolved target makes policies uncertain', () => {
    const model = modelOfTemplate({
      Parameters: { Who: { Type: 'String' } },
      Resources: {
        User: { Type: 'AWS::IAM::User', Properties: {} },
        P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Users: [{ Ref: 'Who' }] } },
      },
    });
    const result = identityPoliciesOf(model.resource('User')!);
    expect(result.policies).toEqual([]);
    expect(result.uncertain.map((u) => u.policy.logicalId)).toEqual(['P']);
  });
});

describe('statement verdicts', () => {
  const statement = (s: object) => parsePolicyDocument({ Statement: [s as Resolved] }, 'PolicyDocument').statements[0];
  test('grantsEverything', () => {
    expect(grantsEverything(statement({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBe('yes');
    expect(grantsEverything(statement({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }))).toBe('no');
    expect(grantsEverything(statement({ Effect: 'Deny', Action: '*', Resource: '*' }))).toBe('no');
  });
  test('grantsServiceWildcard', () => {
    expect(grantsServiceWildcard(statement({ Effect: 'Allow', Action: 'S3:*', Resource: 'x' }))).toBe('yes');
    expect(grantsServiceWildcard(statement({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toBe('yes');
    expect(grantsServiceWildcard(statement({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }))).toBe('no');
  });
});

describe('managedPolicyName', () => {
  test('literal, partition-agnostic and unknown ARNs', () => {
    expect(managedPolicyName('arn:aws:iam::aws:policy/AdministratorAccess', undefined)).toBe('AdministratorAccess');
    expect(managedPolicyName('arn:aws:iam::111111111111:policy/Mine', undefined)).toBeUndefined();
    const join = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AdministratorAccess']] };
    expect(managedPolicyName(new Unresolved('partition'), join)).toBe('AdministratorAccess');
    expect(managedPolicyName(new Unresolved('parameter P has no default'), { Ref: 'P' })).toBeInstanceOf(Unresolved);
  });
});
