import { InputError } from '../../lib/model/errors';
import { parseTemplateText } from '../../lib/model/template-file';

const parse = (text: string) => parseTemplateText(text, 'in.yaml');

describe('template files', () => {
  test('YAML short-form tags become intrinsic functions', () => {
    const file = parse(`Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-data'
      Tags:
        - Key: k
          Value: !Ref AWS::Region
      Other: !GetAtt Role.Arn
      Cond: !If [IsProd, !Ref A, !Ref AWS::NoValue]
      Joined: !Join [',', [a, b]]
      Sel: !Select [0, !GetAZs '']
`);
    const properties = file.template.Resources.Bucket.Properties!;
    expect(properties.BucketName).toEqual({ 'Fn::Sub': '${AWS::StackName}-data' });
    expect(properties.Other).toEqual({ 'Fn::GetAtt': ['Role', 'Arn'] });
    expect(properties.Cond).toEqual({ 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] });
    expect(properties.Sel).toEqual({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] });
    expect(file.lineOf('Bucket')).toBe(2);
  });

  test('JSON resources get their line numbers', () => {
    const file = parseTemplateText('{\n  "Resources": {\n    "A": { "Type": "AWS::S3::Bucket" },\n    "B": {\n "Type": "AWS::SQS::Queue" }\n  }\n}\n', 't.json');
    expect(file.lineOf('A')).toBe(3);
    expect(file.lineOf('B')).toBe(4);
  });

  test.each([
    ['malformed JSON', '{ "Resources": ', /not valid JSON/],
    ['malformed YAML', 'Resources:\n  A: [unclosed', /not valid YAML/],
    ['no Resources', '{ "Outputs": {} }', /no Resources section/],
    ['a JSON array', '[1, 2]', /the document is a list/],
    ['an empty file', '  \n', /empty/],
    ['a resource without Type', '{ "Resources": { "A": {} } }', /A has no Type/],
  ])('%s is a clear error naming the file', (_name, text, message) => {
    expect(() => parse(text)).toThrow(InputError);
    expect(() => parse(text)).toThrow(message);
    expect(() => parse(text)).toThrow(/^in\.yaml: /);
  });

  test('a YAML alias bomb is refused quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    lines.push('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: *j');
    expect(() => parse(lines.join('\n'))).toThrow(InputError);
  });
});
