/**
 * Hostile and broken input: each case ends in a clear error or a correct result, quickly; never a
 * hang, a stack overflow or a change outside the value itself.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkApp } from '../../lib/check';
import { loadApp } from '../../lib/model/load';
import { runCli } from '../support/cli';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-hostile-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function expectCleanError(file: string, message: RegExp): void {
  const started = Date.now();
  const run = runCli('check', file);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(Date.now() - started).toBeLessThan(20000);
}

describe('hostile input', () => {
  test('a YAML alias bomb is refused', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    lines.push('Resources:', '  A:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags: *l');
    expectCleanError(write('bomb.yaml', lines.join('\n')), /alias/);
  });

  test('JSON nested 100,000 deep', () => {
    const deep = `{"Resources":{"A":{"Type":"AWS::S3::Bucket","Properties":{"X":${'['.repeat(100000)}${']'.repeat(100000)}}}}}`;
    const run = runCli('check', write('deep.json', deep), '--fail-on', 'none');
    expect([0, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (run.code === 2) expect(run.stderr).toMatch(/deep\.json: .*nest/);
  });

  test('YAML nested 100,000 deep', () => {
    const deep = `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${'['.repeat(100000)}${']'.repeat(100000)}\n`;
    expectCleanError(write('deep.yaml', deep), /deep\.yaml: /);
  });

  test('__proto__, constructor and prototype as logical ids, property names and tag keys change nothing else', () => {
    const template = `{"Resources": {
      "__proto__": {"Type": "AWS::SQS::Queue", "Properties": {"__proto__": {"polluted": true}, "Tags": [{"Key": "__proto__", "Value": "x"}]}},
      "constructor": {"Type": "AWS::SNS::Topic", "Properties": {"constructor": {"prototype": {"polluted": true}}}},
      "prototype": {"Type": "AWS::S3::Bucket"}
    }}`;
    const report = checkApp(loadApp([write('proto.json', template)]), { failOn: 'none' });
    expect(report.resources.map((r) => r.logicalId).sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  test('a 2,500-resource template finishes', () => {
    const resources: Record<string, object> = {};
    for (let i = 0; i < 2500; i++) resources[`Queue${i}`] = { Type: 'AWS::SQS::Queue', Properties: { KmsMasterKeyId: i % 2 ? 'alias/aws/sqs' : { Ref: 'Missing' } } };
    const report = checkApp(loadApp([write('big.json', JSON.stringify({ Resources: resources }))]), { failOn: 'none' });
    expect(report.summary.resources).toBe(2500);
  });

  test('a 50 MB template finishes', () => {
    const resources: Record<string, object> = {};
    const padding = 'x'.repeat(10000);
    for (let i = 0; i < 5000; i++) resources[`Bucket${i}`] = { Type: 'AWS::S3::Bucket', Metadata: { padding }, Properties: { BucketName: `b-${i}` } };
    const file = write('huge.json', JSON.stringify({ Resources: resources }));
    expect(fs.statSync(file).size).toBeGreaterThan(50_000_000);
    const run = runCli('check', file, '--format', 'json', '--output', path.join(tmp, 'huge-report.json'), '--fail-on', 'none');
    expect(run.code).toBe(0);
  });

  test.each([
    ['invalid UTF-8', () => write('latin1.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), /not valid UTF-8/],
    ['an empty file', () => write('empty.yaml', ''), /empty/],
    ['a template that is a JSON array', () => write('array.json', '[{"Resources": {}}]'), /the document is a list/],
    [
      'a directory with a symlink loop and no templates',
      () => {
        const dir = path.join(tmp, 'loop');
        fs.mkdirSync(dir, { recursive: true });
        fs.symlinkSync(dir, path.join(dir, 'again'));
        return dir;
      },
      /holds no CloudFormation templates/,
    ],
  ])('%s is a clear error', (_name, make, message) => expectCleanError(make(), message));

  test('a symlink loop beside real templates is walked once', () => {
    const dir = path.join(tmp, 'loop2');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 't.json'), '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}');
    fs.symlinkSync(dir, path.join(dir, 'again'));
    const run = runCli('check', dir, '--format', 'json', '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).stacks).toHaveLength(1);
  });
});
