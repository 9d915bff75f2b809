import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkApp } from '../../lib/check';
import { EngineResult } from '../../lib/engine/engine-result';
import { loadApp } from '../../lib/model/load';
import { jsonChunks, renderJson } from '../../lib/report/report';
import { writeFileAtomic } from '../../lib/report/write-file';
import { acceptanceReport, makeReport, makeResult } from './support';

const reference = (value: unknown, compact: boolean) => `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;

describe('JSON report in chunks', () => {
  test.each([0, 1, 49, 50, 51, 499, 500, 501, 1234])('%i results: byte for byte what JSON.stringify prints, compact and pretty', (count) => {
    const report = makeReport(Array.from({ length: count }, (_, i) => makeResult({ key: String(i), message: `line\nbreak "${i}"`, constructPath: i % 2 ? undefined : `App/R${i}` })));
    for (const compact of [true, false]) {
      expect([...jsonChunks(report, { compact })].join('')).toBe(reference(report, compact));
      expect(renderJson(report, { compact })).toBe(reference(report, compact));
    }
  });

  test('extra top-level fields (a baseline summary) and empty lists come out like JSON.stringify', () => {
    const report = { ...acceptanceReport(), staleAcknowledgements: [], extra: undefined, summary: { ...acceptanceReport().summary, baseline: { file: 'b.json', new: 1 } } };
    for (const compact of [true, false]) expect([...jsonChunks(report, { compact })].join('')).toBe(reference(report, compact));
  });

  test('the atomic writer encodes chunks of any size and script whole, across its buffer', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-chunks-'));
    const file = path.join(dir, 'out.json');
    const chunks = ['{"a":"', 'é'.repeat(400_000), '", "b": "', '😀'.repeat(200_000), '\ud800', ...Array.from({ length: 5000 }, (_, i) => `x${i}ü`), 'z'.repeat(2_000_000), '"}'];
    writeFileAtomic(file, chunks);
    // Compared as bytes (a lone surrogate is written as U+FFFD, as Buffer.from writes it), without printing megabytes on failure.
    expect(fs.readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the atomic writer takes chunks and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-json-'));
    const report = makeReport(Array.from({ length: 1200 }, (_, i) => makeResult({ key: String(i) })));
    const file = path.join(dir, 'report.json');
    writeFileAtomic(file, jsonChunks(report));
    expect(fs.readFileSync(file, 'utf8')).toBe(reference(report, false));
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('engine results take a fast path in the compact report', () => {
  // Conditions, unresolved values, missing construct paths, acknowledged results (copies), stack-level
  // results, unexpanded resources and text that needs escaping: all must print as JSON.stringify does.
  const template = {
    Parameters: { Encrypt: { Type: 'String' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Encrypt' }, 'yes'] } },
    Resources: {
      'Bucket"Quoted': { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'App/Stack/Bucket "quoted"\n\u2028é\ud800' } },
      Db: { Type: 'AWS::RDS::DBInstance', Properties: { StorageEncrypted: { 'Fn::If': ['IsProd', true, false] }, Engine: 'postgres' } },
      Volume: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: { Ref: 'Encrypt' }, AvailabilityZone: 'eu-west-1a' } },
      Group: {
        Type: 'AWS::EC2::SecurityGroup',
        Metadata: { 'cdk-srm:acknowledgements': [{ id: 'SRM-NET-001', reason: 'a bastion host on purpose' }] },
        Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
      },
      Later: { Type: 'AWS::Serverless::Function', Properties: {} },
    },
    Transform: 'AWS::Serverless-2016-10-31',
  };

  test('byte for byte what JSON.stringify prints, and most results are the engine’s own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-json-engine-'));
    const file = path.join(dir, 'stack.template.json');
    fs.writeFileSync(file, JSON.stringify(template));
    const reports = [checkApp(loadApp([file]), { failOn: 'high' }), acceptanceReport()];
    fs.rmSync(dir, { recursive: true, force: true });
    for (const report of reports) {
      expect([...jsonChunks(report, { compact: true })].join('')).toBe(reference(report, true));
      expect(report.results.filter((result) => EngineResult.compactJson(result) !== undefined).length).toBeGreaterThan(report.results.length / 2);
    }
    const statuses = new Set(reports.flatMap((report) => report.results.map((result) => result.status)));
    expect([...statuses].sort()).toEqual(['acknowledged', 'addressed', 'needs-review', 'runtime', 'unaddressed']);
  });

  test('a copy of an engine result is a plain object and keeps every field', () => {
    const [result] = acceptanceReport().results;
    const copy = { ...result, status: 'acknowledged' as const };
    expect(EngineResult.compactJson(copy)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(copy))).toEqual({ ...JSON.parse(JSON.stringify(result)), status: 'acknowledged' });
  });
});
