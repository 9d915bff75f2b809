/**
 * The real AWS SDK client over HTTP against a loopback server that speaks AWS Config's JSON 1.1
 * protocol: request signing, endpoint override, an error reply, a dropped connection, a dead port,
 * expired credentials, and the aggregator path end to end.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { liveCommand } from '../../lib/cli/live-command';
import { main } from '../../lib/cli/main';
import type { LiveResult } from '../../lib/live/deployed-compliance';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';
import { useFakeAwsEnvironment } from '../support/aws-env';

useFakeAwsEnvironment();

type Handler = (target: string, request: http.IncomingMessage, response: http.ServerResponse, body: string) => void;
let handler: Handler;
const seen: { target: string; authorization: string; contentType: string; securityToken?: string; body: string }[] = [];
let server: http.Server;
let open = 0;
let lastArrival = 0;

/**
 * Waits until the server has answered everything and heard nothing new for a moment: a run ends at
 * its first error while its other calls are still in flight, and they must not spill into the next test.
 */
async function quiet(): Promise<void> {
  const until = Date.now() + 5_000;
  while ((open > 0 || Date.now() - lastArrival < 150) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
}
let endpoint: string;
let cwd: string;
let scratch: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const target = String(request.headers['x-amz-target'] ?? '');
    const token = request.headers['x-amz-security-token'];
    const entry = { target, authorization: String(request.headers.authorization ?? ''), contentType: String(request.headers['content-type'] ?? ''), ...(typeof token === 'string' ? { securityToken: token } : {}), body: '' };
    seen.push(entry);
    open++;
    lastArrival = Date.now();
    response.on('close', () => open--);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      entry.body = Buffer.concat(chunks).toString('utf8');
      handler(target, request, response, entry.body);
    });
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
afterEach(quiet);

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

/** Through `main`, as the installed CLI runs: the exit code and stderr exactly as a user sees them. */
async function runMain(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await main(['live', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr, seconds: (Date.now() - started) / 1000 };
}

/** The security token is expired: the reply AWS documents as a common error of every service. */
const EXPIRED = { __type: 'ExpiredTokenException', message: 'The security token included in the request is expired' };

describe('expired credentials: exit 2 and one clear line within 30 seconds', () => {
  test.each([400, 403])('the service replies ExpiredTokenException (HTTP %i): not retried, one line', async (status) => {
    handler = (_target, _request, response) => reply(response, status, EXPIRED);
    const result = await runMain('--region', 'eu-west-1', '--endpoint-url', endpoint);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cdk-srm: the AWS credentials have expired: The security token included in the request is expired\n');
    expect(result.stdout).toBe('');
    expect(result.seconds).toBeLessThan(30);
    // The three account calls, each once: an expired token is not retried, and the calls still in
    // flight when the run ended are not retried after it (the clients are closed).
    await quiet();
    expect(seen.length).toBeLessThanOrEqual(3);
  });

  test('session credentials from the environment whose expiration has passed: the SDK still signs with them, the service refuses', async () => {
    // AWS_CREDENTIAL_EXPIRATION in the past does not stop the SDK: the provider is asked again, hands
    // back the same credentials, and the request goes out signed with the expired session token.
    const saved = { token: process.env.AWS_SESSION_TOKEN, expiration: process.env.AWS_CREDENTIAL_EXPIRATION };
    process.env.AWS_SESSION_TOKEN = 'expired-session-token';
    process.env.AWS_CREDENTIAL_EXPIRATION = '2000-01-01T00:00:00Z';
    try {
      handler = (_target, request, response) =>
        request.headers['x-amz-security-token'] === 'expired-session-token' ? reply(response, 400, EXPIRED) : reply(response, 500, { __type: 'InternalFailure', message: 'no token' });
      const result = await runMain('--region', 'eu-west-1', '--endpoint-url', endpoint);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('cdk-srm: the AWS credentials have expired: The security token included in the request is expired\n');
      expect(result.seconds).toBeLessThan(30);
      expect(seen.length).toBeGreaterThan(0);
      await quiet(); // the calls still in flight must be signed before the environment is restored
      expect(seen.every((request) => request.securityToken === 'expired-session-token')).toBe(true);
    } finally {
      for (const [key, value] of [['AWS_SESSION_TOKEN', saved.token], ['AWS_CREDENTIAL_EXPIRATION', saved.expiration]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  test('a profile whose SSO session has expired: the credential chain refuses before any request', async () => {
    // The legacy SSO profile format reads the cached token and checks its expiry without the network.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-sso-'));
    const startUrl = 'https://example.awsapps.com/start';
    fs.mkdirSync(path.join(home, '.aws', 'sso', 'cache'), { recursive: true });
    fs.writeFileSync(
      path.join(home, '.aws', 'config'),
      `[profile expired]\nsso_start_url = ${startUrl}\nsso_region = eu-west-1\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\n`,
    );
    const cacheFile = `${crypto.createHash('sha1').update(startUrl).digest('hex')}.json`;
    fs.writeFileSync(path.join(home, '.aws', 'sso', 'cache', cacheFile), JSON.stringify({ startUrl, region: 'eu-west-1', accessToken: 'expired', expiresAt: '2000-01-01T00:00:00Z' }));
    const keys = ['HOME', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
    const saved = new Map(keys.map((key) => [key, process.env[key]]));
    process.env.HOME = home;
    process.env.AWS_CONFIG_FILE = path.join(home, '.aws', 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(home, '.aws', 'credentials');
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      handler = (_target, _request, response) => reply(response, 500, {});
      const result = await runMain('--region', 'eu-west-1', '--profile', 'expired', '--endpoint-url', endpoint);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^cdk-srm: the AWS credentials have expired: The SSO session associated with this profile has expired\. .*aws sso login.*\n$/);
      expect(result.stderr.trimEnd()).not.toMatch(/\n/);
      expect(result.seconds).toBeLessThan(30);
      expect(seen).toEqual([]);
    } finally {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('--aggregator with the real SDK', () => {
  let outdir: string;
  let dbLogicalId: string;
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Sample', { account: '111111111111', region: 'eu-west-1' });
    app.synth();
    const template = JSON.parse(fs.readFileSync(path.join(outdir, 'Sample.template.json'), 'utf8')) as { Resources: Record<string, { Type: string }> };
    dbLogicalId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::RDS::DBInstance')!;
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('sources, resources found by their CloudFormation tags, rules by name, pages followed, over signed JSON 1.1', async () => {
    const dbRow = JSON.stringify({
      resourceId: 'db-ABCDEF',
      resourceName: 'sample-db',
      resourceType: 'AWS::RDS::DBInstance',
      accountId: '111111111111',
      awsRegion: 'eu-west-1',
      tags: [
        { key: 'aws:cloudformation:stack-name', value: 'Sample' },
        { key: 'aws:cloudformation:logical-id', value: dbLogicalId },
      ],
    });
    handler = (target, _request, response, body) => {
      const input = JSON.parse(body || '{}') as Record<string, unknown>;
      const operation = target.replace(/^StarlingDoveService\./, '');
      if (input.ConfigurationAggregatorName !== 'org') return reply(response, 400, { __type: 'NoSuchConfigurationAggregatorException', message: 'no such aggregator' });
      switch (operation) {
        case 'DescribeConfigurationAggregatorSourcesStatus':
          return reply(response, 200, { AggregatedSourceStatusList: [{ SourceId: '111111111111', AwsRegion: 'eu-west-1', SourceType: 'ACCOUNT', LastUpdateStatus: 'SUCCEEDED' }] });
        case 'SelectAggregateResourceConfig':
          if (!String(input.Expression).includes("tags.value = 'Sample' AND accountId = '111111111111' AND awsRegion = 'eu-west-1'")) return reply(response, 400, { __type: 'InvalidExpressionException', message: String(input.Expression) });
          return input.NextToken === 'p2' ? reply(response, 200, { Results: [dbRow] }) : reply(response, 200, { Results: [], NextToken: 'p2' });
        case 'DescribeAggregateComplianceByConfigRules':
          return reply(response, 200, { AggregateComplianceByConfigRules: [{ ConfigRuleName: 'securityhub-rds-storage-encrypted-0a1b2c3d', AccountId: '111111111111', AwsRegion: 'eu-west-1', Compliance: { ComplianceType: 'NON_COMPLIANT' } }] });
        case 'GetAggregateComplianceDetailsByConfigRule':
          if (input.NextToken !== 'e2') return reply(response, 200, { AggregateEvaluationResults: [], NextToken: 'e2' });
          return reply(response, 200, {
            AggregateEvaluationResults: [
              { ComplianceType: 'NON_COMPLIANT', AccountId: '111111111111', AwsRegion: 'eu-west-1', EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'securityhub-rds-storage-encrypted-0a1b2c3d', ResourceType: 'AWS::RDS::DBInstance', ResourceId: 'db-ABCDEF' } } },
            ],
          });
        default:
          return reply(response, 400, { __type: 'UnknownOperationException', message: target });
      }
    };
    const result = await runMain(outdir, '--region', 'eu-west-1', '--endpoint-url', endpoint, '--aggregator', 'org', '--format', 'json', '--fail-on', 'none');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { results: LiveResult[] };
    expect(report.results.find((r) => r.resourceType === 'AWS::Config::ConfigurationAggregator')).toMatchObject({ status: 'addressed', stack: 'aws://111111111111/eu-west-1' });
    expect(report.results.find((r) => r.ruleId === 'SRM-EAR-001')).toMatchObject({
      status: 'unaddressed',
      live: { configRuleName: 'securityhub-rds-storage-encrypted-0a1b2c3d', compliance: 'NON_COMPLIANT', physicalId: 'db-ABCDEF', resourceName: 'sample-db', accountId: '111111111111', awsRegion: 'eu-west-1' },
      drift: false,
    });
    const targets = seen.map((s) => s.target.replace(/^StarlingDoveService\./, ''));
    expect(targets.filter((t) => t === 'SelectAggregateResourceConfig')).toHaveLength(2);
    expect(targets.filter((t) => t === 'DescribeAggregateComplianceByConfigRules')).toHaveLength(1);
    expect(targets.filter((t) => t === 'GetAggregateComplianceDetailsByConfigRule')).toHaveLength(2);
    expect(targets).not.toContain('ListStackResources');
    for (const request of seen) {
      expect(request.contentType).toBe('application/x-amz-json-1.1');
      expect(request.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/config\/aws4_request, /);
    }
  });
});
