/**
 * The real AWS SDK client over HTTP against a loopback server that speaks AWS Config's JSON 1.1
 * protocol: request signing, endpoint override, an error reply, a dropped connection, a dead port.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { liveCommand } from '../../lib/cli/live-command';
import { useFakeAwsEnvironment } from '../support/aws-env';

useFakeAwsEnvironment();

type Handler = (target: string, request: http.IncomingMessage, response: http.ServerResponse) => void;
let handler: Handler;
const seen: { target: string; authorization: string; contentType: string }[] = [];
let server: http.Server;
let endpoint: string;
let cwd: string;
let scratch: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    seen.push({ target, authorization: String(request.headers.authorization ?? ''), contentType: String(request.headers['content-type'] ?? '') });
    request.resume();
    request.on('end', () => handler(target, request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cwd = process.cwd();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-live-')); // no cdk.out here: account checks only
  process.chdir(scratch);
});
afterAll(async () => {
  process.chdir(cwd);
  fs.rmSync(scratch, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
});

function reply(response: http.ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  response.end(JSON.stringify(body));
}

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await liveCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr, seconds: (Date.now() - started) / 1000 };
}

async function runCatching(...argv: string[]) {
  const started = Date.now();
  try {
    return await run(...argv);
  } catch (error) {
    return { code: 2, stdout: '', stderr: (error as Error).message, seconds: (Date.now() - started) / 1000 };
  }
}

test('a recorder that is not recording: signed JSON 1.1 requests to the overridden endpoint, exit 1', async () => {
  handler = (target, _request, response) => {
    if (target.endsWith('.DescribeConfigurationRecorders')) return reply(response, 200, { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }] });
    if (target.endsWith('.DescribeConfigurationRecorderStatus')) return reply(response, 200, { ConfigurationRecordersStatus: [{ name: 'default', recording: false }] });
    if (target.endsWith('.DescribeDeliveryChannels')) return reply(response, 200, { DeliveryChannels: [{ name: 'default', s3BucketName: 'b' }] });
    reply(response, 400, { __type: 'UnknownOperationException', message: target });
  };
  const result = await run('--region', 'eu-west-1', '--endpoint-url', endpoint, '--format', 'json');
  expect(result.code).toBe(1);
  const report = JSON.parse(result.stdout) as { results: { ruleId: string; status: string; message: string }[] };
  expect(report.results.find((r) => r.ruleId === 'SRM-LOG-901')).toMatchObject({ status: 'unaddressed', message: 'recorder default exists but is not recording' });
  expect(seen.map((s) => s.target).sort()).toEqual([
    'StarlingDoveService.DescribeConfigurationRecorderStatus',
    'StarlingDoveService.DescribeConfigurationRecorders',
    'StarlingDoveService.DescribeDeliveryChannels',
  ]);
  for (const request of seen) {
    expect(request.contentType).toBe('application/x-amz-json-1.1');
    expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/config\/aws4_request, SignedHeaders=.*x-amz-target.*, Signature=[0-9a-f]{64}$/);
  }
});

test('an error reply is one clear line and exit 2', async () => {
  handler = (_target, _request, response) => reply(response, 400, { __type: 'com.amazonaws.starling#AccessDeniedException', message: 'User is not authorized to perform config:DescribeConfigurationRecorders' });
  const result = await runCatching('--region', 'eu-west-1', '--endpoint-url', endpoint);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^access denied by http:\/\/127\.0\.0\.1:\d+: User is not authorized/);
  expect(result.stderr).not.toMatch(/\n/);
});

test('a dropped connection ends in exit 2 quickly, after bounded retries', async () => {
  handler = (_target, request) => request.socket.destroy();
  const result = await runCatching('--region', 'eu-west-1', '--endpoint-url', endpoint);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/did not answer/);
  expect(result.seconds).toBeLessThan(30);
  expect(seen.length).toBeLessThan(20); // three calls with bounded retries, not an endless loop
});

test('an endpoint that is down ends in exit 2 quickly', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const result = await runCatching('--region', 'eu-west-1', '--endpoint-url', `http://127.0.0.1:${port}`);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/did not answer/);
  expect(result.seconds).toBeLessThan(30);
});

test('usage errors: no region, bad region, bad endpoint', async () => {
  await expect(run()).rejects.toThrow(/live needs --region/);
  await expect(run('--region', 'moon-1')).rejects.toThrow(/not a region name/);
  await expect(run('--region', 'eu-west-1', '--endpoint-url', 'ftp://x')).rejects.toThrow(/not an http\(s\) URL/);
});

test('throttling is retried a bounded number of times, then one clear line and exit 2', async () => {
  handler = (_target, _request, response) => reply(response, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
  const result = await runCatching('--region', 'eu-west-1', '--endpoint-url', endpoint);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^throttled by http:\/\/127\.0\.0\.1:\d+ after retrying: Rate exceeded$/);
  expect(result.seconds).toBeLessThan(30);
  expect(seen.length).toBeLessThan(20);
});

test('no credentials anywhere: one clear line and exit 2, before any request', async () => {
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  try {
    handler = (_target, _request, response) => reply(response, 500, {});
    const result = await runCatching('--region', 'eu-west-1', '--endpoint-url', endpoint);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^no AWS credentials found/);
    expect(seen).toEqual([]);
  } finally {
    process.env.AWS_ACCESS_KEY_ID = saved.id;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  }
});
