import { modelOfTemplate } from '../support/rule-tester';
import { ConditionalValue, ResourceReference, Unresolved } from '../../lib/model/values';

const template = {
  Parameters: {
    WithDefault: { Type: 'String', Default: 'abc' },
    NoDefault: { Type: 'String' },
    Subnets: { Type: 'CommaDelimitedList', Default: 'a, b' },
    FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/x' },
  },
  Conditions: {
    Always: { 'Fn::Equals': ['a', 'a'] },
    Undecided: { 'Fn::Equals': [{ Ref: 'NoDefault' }, 'x'] },
    NotAlways: { 'Fn::Not': [{ Condition: 'Always' }] },
  },
  Mappings: { Regions: { 'eu-west-1': { Ami: 'ami-1' } } },
  Resources: {
    Bucket: { Type: 'AWS::S3::Bucket' },
    Thing: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        Default: { Ref: 'WithDefault' },
        Missing: { Ref: 'NoDefault' },
        List: { Ref: 'Subnets' },
        Ssm: { Ref: 'FromSsm' },
        Region: { Ref: 'AWS::Region' },
        Ref: { Ref: 'Bucket' },
        Att: { 'Fn::GetAtt': ['Bucket', 'Arn'] },
        IfDecided: { 'Fn::If': ['Always', 1, 2] },
        IfUndecided: { 'Fn::If': ['Undecided', 1, 2] },
        IfNot: { 'Fn::If': ['NotAlways', 1, 2] },
        Sub: { 'Fn::Sub': 'x-${WithDefault}-${AWS::Region}' },
        SubUnknown: { 'Fn::Sub': 'x-${Bucket}' },
        Join: { 'Fn::Join': ['-', ['a', { Ref: 'WithDefault' }]] },
        Select: { 'Fn::Select': [1, ['a', 'b']] },
        Map: { 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Ami'] },
        Import: { 'Fn::ImportValue': 'SharedVpc' },
        NoValue: { Ref: 'AWS::NoValue' },
        Proto: JSON.parse('{"__proto__": {"polluted": true}}') as object,
      },
    },
  },
};

describe('intrinsic resolution', () => {
  const withRegion = modelOfTemplate(template, { region: 'eu-west-1' }).resource('Thing')!;
  const agnostic = modelOfTemplate(template).resource('Thing')!;
  const value = (path: string, resource = withRegion) => resource.get(path).value;

  test('parameters resolve to their defaults; without a default they are unresolved', () => {
    expect(value('Default')).toBe('abc');
    expect(value('Missing')).toBeInstanceOf(Unresolved);
    expect(value('List')).toEqual(['a', 'b']);
    expect(value('Ssm')).toBeInstanceOf(Unresolved);
  });

  test('AWS::Region comes from the stack environment, unresolved when the stack has none', () => {
    expect(value('Region')).toBe('eu-west-1');
    expect(value('Region', agnostic)).toBeInstanceOf(Unresolved);
    expect(value('Map')).toBe('ami-1');
    expect(value('Map', agnostic)).toBeInstanceOf(Unresolved);
  });

  test('Ref and GetAtt to resources become references', () => {
    expect(value('Ref')).toEqual(new ResourceReference('Bucket'));
    expect(value('Att')).toEqual(new ResourceReference('Bucket', 'Arn'));
  });

  test('Fn::If takes the decided branch, keeps both when undecided', () => {
    expect(value('IfDecided')).toBe(1);
    expect(value('IfNot')).toBe(2);
    const undecided = value('IfUndecided');
    expect(undecided).toBeInstanceOf(ConditionalValue);
    expect((undecided as ConditionalValue).whenTrue).toBe(1);
  });

  test('Sub, Join and Select resolve only when every part does', () => {
    expect(value('Sub')).toBe('x-abc-eu-west-1');
    expect(value('SubUnknown')).toBeInstanceOf(Unresolved);
    expect(value('Join')).toBe('a-abc');
    expect(value('Select')).toBe('b');
  });

  test('imports, AWS::NoValue and prototype keys', () => {
    expect(value('Import')).toBeInstanceOf(Unresolved);
    expect(value('NoValue')).toBeUndefined();
    expect(value('Proto.__proto__.polluted')).toBe(true);
    expect(value('Proto.polluted')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('descending through an unresolved value stays unresolved, not absent', () => {
    expect(value('Missing.Deeper')).toBeInstanceOf(Unresolved);
    expect(value('Absent.Deeper')).toBeUndefined();
  });
});
