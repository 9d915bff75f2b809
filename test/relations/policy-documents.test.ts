import { Unresolved, type Resolved } from '../../lib/model/values';
import { deniesInsecureTransport, isPublicAllow, isPublicPrincipal, parsePolicyDocument, type PolicyStatement } from '../../lib/relations/policy-documents';
import { modelOfTemplate } from '../support/rule-tester';

const parse = (statement: object): PolicyStatement => {
  const result = parsePolicyDocument({ Version: '2012-10-17', Statement: [statement] } as unknown as Resolved, 'PolicyDocument');
  expect(result.problem).toBeUndefined();
  return result.statements[0];
};

const SSL_DENY = { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };

describe('parsePolicyDocument', () => {
  test('normalises a single statement object, principals, actions and condition keys', () => {
    const result = parsePolicyDocument(({ Statement: { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::1:root', '*'] }, Action: 's3:GetObject', Condition: { StringEquals: { 'AWS:SourceAccount': '1' } } } }) as Resolved, 'PolicyDocument');
    const [statement] = result.statements;
    expect(statement.path).toBe('PolicyDocument.Statement');
    expect(statement.principals).toEqual([{ type: 'AWS', value: 'arn:aws:iam::1:root' }, { type: 'AWS', value: '*' }]);
    expect(statement.actions).toEqual(['s3:GetObject']);
    expect(statement.conditions).toEqual([{ operator: 'StringEquals', key: 'aws:sourceaccount', values: ['1'] }]);
  });

  test('reads JSON text and reports text that is not JSON', () => {
    expect(parsePolicyDocument(JSON.stringify({ Statement: [SSL_DENY] }), 'PolicyDocument').statements).toHaveLength(1);
    expect(parsePolicyDocument('{nope', 'PolicyDocument').problem).toMatch(/not JSON/);
  });

  test('an unresolved document is a problem, never an empty policy', () => {
    expect(parsePolicyDocument(new Unresolved('parameter P has no default'), 'PolicyDocument').problem).toMatch(/no default/);
  });

  test('statements inside Fn::If keep the conditions they depend on', () => {
    const stack = modelOfTemplate({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: { P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: { Statement: [{ 'Fn::If': ['IsProd', SSL_DENY, { Ref: 'AWS::NoValue' }] }] } } } },
    });
    const parsed = parsePolicyDocument(stack.resource('P')!.get('PolicyDocument').value, 'PolicyDocument');
    expect(parsed.statements).toHaveLength(1);
    expect(parsed.statements[0].onlyWhen).toEqual(['IsProd=true']);
  });
});

describe('isPublicPrincipal', () => {
  test.each([
    ['"*"', '*', 'yes'],
    ['{AWS: "*"}', { AWS: '*' }, 'yes'],
    ['{AWS: [account, "*"]}', { AWS: ['arn:aws:iam::1:root', '*'] }, 'yes'],
    ['an account', { AWS: 'arn:aws:iam::1:root' }, 'no'],
    ['a service', { Service: 'sns.amazonaws.com' }, 'no'],
  ])('%s', (_name, principal, expected) => {
    expect(isPublicPrincipal(parse({ Effect: 'Allow', Principal: principal, Action: '*' }))).toBe(expected);
  });

  test('an unresolved principal is unknown', () => {
    const statement = parse({ Effect: 'Allow', Action: '*' });
    expect(isPublicPrincipal({ ...statement, principals: new Unresolved('import') })).toBe('unknown');
  });
});

describe('deniesInsecureTransport', () => {
  test('the CDK enforceSSL statement', () => expect(deniesInsecureTransport(parse(SSL_DENY))).toBe('yes'));
  test('BoolIfExists with a boolean false and "*" action', () => {
    expect(deniesInsecureTransport(parse({ ...SSL_DENY, Action: '*', Principal: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': false } } }))).toBe('yes');
  });
  test('an Allow is not a deny', () => expect(deniesInsecureTransport(parse({ ...SSL_DENY, Effect: 'Allow' }))).toBe('no'));
  test('SecureTransport true is not a deny of insecure requests', () => {
    expect(deniesInsecureTransport(parse({ ...SSL_DENY, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))).toBe('no');
  });
  test('a deny for one principal only', () => expect(deniesInsecureTransport(parse({ ...SSL_DENY, Principal: { AWS: 'arn:aws:iam::1:root' } }))).toBe('no'));
  test('a deny of one action only', () => expect(deniesInsecureTransport(parse({ ...SSL_DENY, Action: 's3:GetObject' }))).toBe('no'));
  test('a caller-chosen action test', () => {
    expect(deniesInsecureTransport(parse({ ...SSL_DENY, Action: 'sns:Publish' }), (actions) => actions.includes('sns:Publish'))).toBe('yes');
  });
  test('a further condition narrows the deny', () => {
    expect(deniesInsecureTransport(parse({ ...SSL_DENY, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }))).toBe('no');
  });
  test('an unresolved condition value is unknown', () => {
    const statement = parse(SSL_DENY);
    expect(deniesInsecureTransport({ ...statement, conditions: [{ operator: 'Bool', key: 'aws:securetransport', values: [new Unresolved('parameter')] }] })).toBe('unknown');
  });
});

describe('isPublicAllow', () => {
  const allow = { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' };
  test('allow to everyone', () => expect(isPublicAllow(parse(allow))).toBe('yes'));
  test('narrowed by aws:SourceArn', () => expect(isPublicAllow(parse({ ...allow, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:1:t' } } }))).toBe('no'));
  test('narrowed by aws:PrincipalOrgID', () => expect(isPublicAllow(parse({ ...allow, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }))).toBe('no'));
  test('a wildcard SourceAccount narrows nothing', () => expect(isPublicAllow(parse({ ...allow, Condition: { StringLike: { 'aws:SourceAccount': '*' } } }))).toBe('yes'));
  test('a condition that does not narrow the caller', () => expect(isPublicAllow(parse({ ...allow, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))).toBe('yes'));
  test('allow to an account', () => expect(isPublicAllow(parse({ ...allow, Principal: { AWS: '123456789012' } }))).toBe('no'));
  test('a deny', () => expect(isPublicAllow(parse({ ...allow, Effect: 'Deny' }))).toBe('no'));
  test('unresolved conditions are unknown', () => {
    expect(isPublicAllow({ ...parse(allow), conditions: new Unresolved('import') })).toBe('unknown');
  });
});
