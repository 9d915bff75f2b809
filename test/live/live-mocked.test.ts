import * as fs from 'fs';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  DescribeConfigurationAggregatorSourcesStatusCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  DescribeAggregateComplianceByConfigRulesCommand,
  GetAggregateComplianceDetailsByConfigRuleCommand,
  GetComplianceDetailsByResourceCommand,
  ListDiscoveredResourcesCommand,
  SelectAggregateResourceConfigCommand,
  type AggregateEvaluationResult,
  type DescribeAggregateComplianceByConfigRulesCommandInput,
  type GetAggregateComplianceDetailsByConfigRuleCommandInput,
  type SelectAggregateResourceConfigCommandInput,
} from '@aws-sdk/client-config-service';
import { App, Stack, aws_docdb as docdb } from 'aws-cdk-lib';
import { mockClient } from 'aws-sdk-client-mock';
import { runLive } from '../../lib/live/live-run';
import { renderText } from '../../lib/report/text';
import type { LiveResult } from '../../lib/live/deployed-compliance';
import { addSampleStack, tempOutdir } from '../support/cdk-apps';
import { useFakeAwsEnvironment } from '../support/aws-env';

useFakeAwsEnvironment();
const config = mockClient(ConfigServiceClient);
const cloudformation = mockClient(CloudFormationClient);
const clients = () => ({ config: new ConfigServiceClient({ region: 'eu-west-1' }), cloudformation: new CloudFormationClient({ region: 'eu-west-1' }) });

function recorder(recording: boolean, allSupported = true) {
  config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported, includeGlobalResourceTypes: true } }] });
  config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording, lastStatus: 'Success' }] });
  config.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }] });
}

beforeEach(() => {
  config.reset();
  cloudformation.reset();
});

describe('account checks', () => {
  test('a recorder that is not recording is unaddressed and fails at high', async () => {
    recorder(false);
    const report = await runLive({ region: 'eu-west-1', failOn: 'high', clients: clients() });
    const recording = report.results.find((r) => r.ruleId === 'SRM-LOG-901')!;
    expect(recording).toMatchObject({ status: 'unaddressed', resourceType: 'AWS::Config::ConfigurationRecorder' });
    expect(report.summary.failing).toBe(1);
  });

  test('recording everything with a delivery channel is addressed', async () => {
    recorder(true);
    const report = await runLive({ region: 'eu-west-1', failOn: 'high', clients: clients() });
    expect(report.results.map((r) => [r.ruleId, r.status])).toEqual([
      ['SRM-LOG-901', 'addressed'],
      ['SRM-LOG-902', 'addressed'],
      ['SRM-LOG-903', 'addressed'],
    ]);
    expect(report.results.find((r) => r.ruleId === 'SRM-LOG-903')!.resourceType).toBe('AWS::Config::DeliveryChannel');
  });

  test('no recorder, selected types only, no channel', async () => {
    config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    config.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
    const report = await runLive({ region: 'eu-west-1', failOn: 'high', clients: clients() });
    expect(report.results.every((r) => r.status === 'unaddressed')).toBe(true);
  });

  test('an aggregator reports each source account and region, following pagination', async () => {
    config
      .on(DescribeConfigurationAggregatorSourcesStatusCommand, { ConfigurationAggregatorName: 'org', NextToken: undefined })
      .resolves({ AggregatedSourceStatusList: [{ SourceId: '111111111111', AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED', SourceType: 'ACCOUNT' }], NextToken: 'p2' })
      .on(DescribeConfigurationAggregatorSourcesStatusCommand, { ConfigurationAggregatorName: 'org', NextToken: 'p2' })
      .resolves({ AggregatedSourceStatusList: [{ SourceId: '222222222222', AwsRegion: 'eu-west-1', LastUpdateStatus: 'FAILED', LastErrorMessage: 'not recording', SourceType: 'ACCOUNT' }] });
    const report = await runLive({ region: 'eu-west-1', aggregator: 'org', failOn: 'high', clients: clients() });
    expect(report.results.map((r) => [r.stack, r.status])).toEqual([
      ['aws://111111111111/eu-west-1', 'addressed'],
      ['aws://222222222222/eu-west-1', 'unaddressed'],
    ]);
  });
});

describe('deployed resources beside their template verdict', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Sample', { region: 'eu-west-1' });
    app.synth();
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('compliance is read for each mapped result, pages followed, and disagreement flagged as drift', async () => {
    recorder(true);
    const template = JSON.parse(fs.readFileSync(`${outdir}/Sample.template.json`, 'utf8')) as { Resources: Record<string, { Type: string }> };
    const dbLogicalId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::RDS::DBInstance')!;
    config
      .on(DescribeConfigRulesCommand, { NextToken: undefined })
      .resolves({ ConfigRules: [{ ConfigRuleName: 'unrelated', Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' } }], NextToken: 't2' })
      .on(DescribeConfigRulesCommand, { NextToken: 't2' })
      .resolves({ ConfigRules: [{ ConfigRuleName: 'rds-storage-encrypted', Source: { Owner: 'AWS', SourceIdentifier: 'RDS_STORAGE_ENCRYPTED' } }] });
    cloudformation
      .on(ListStackResourcesCommand, { StackName: 'Sample', NextToken: undefined })
      .resolves({ StackResourceSummaries: [{ LogicalResourceId: 'Other', PhysicalResourceId: 'x', ResourceType: 'AWS::S3::Bucket', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) }], NextToken: 'n2' })
      .on(ListStackResourcesCommand, { StackName: 'Sample', NextToken: 'n2' })
      .resolves({ StackResourceSummaries: [{ LogicalResourceId: dbLogicalId, PhysicalResourceId: 'sample-db', ResourceType: 'AWS::RDS::DBInstance', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) }] });
    // RDS is keyed by its DbiResourceId in Config: the physical id finds nothing, the discovered id does.
    config.on(GetComplianceDetailsByResourceCommand, { ResourceType: 'AWS::RDS::DBInstance', ResourceId: 'sample-db' }).resolves({ EvaluationResults: [] });
    config.on(ListDiscoveredResourcesCommand).resolves({ resourceIdentifiers: [{ resourceId: 'db-ABC', resourceName: 'sample-db' }] });
    config
      .on(GetComplianceDetailsByResourceCommand, { ResourceType: 'AWS::RDS::DBInstance', ResourceId: 'db-ABC', NextToken: undefined })
      .resolves({ EvaluationResults: [], NextToken: 'e2' })
      .on(GetComplianceDetailsByResourceCommand, { ResourceType: 'AWS::RDS::DBInstance', ResourceId: 'db-ABC', NextToken: 'e2' })
      .resolves({ EvaluationResults: [{ ComplianceType: 'COMPLIANT', EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'rds-storage-encrypted', ResourceId: 'db-ABC' } } }] });

    const report = await runLive({ region: 'eu-west-1', assembly: outdir, failOn: 'none', clients: clients() });
    const encryption = report.results.find((r) => r.ruleId === 'SRM-EAR-001') as LiveResult;
    expect(encryption.status).toBe('unaddressed');
    expect(encryption.live).toEqual({ configRuleName: 'rds-storage-encrypted', compliance: 'COMPLIANT', physicalId: 'sample-db' });
    expect(encryption.drift).toBe(true);
    expect(cloudformation.commandCalls(ListStackResourcesCommand)).toHaveLength(2);
    expect(config.commandCalls(DescribeConfigRulesCommand)).toHaveLength(2);
  });
});

test('a DocumentDB cluster is asked for under the type AWS Config records it as (AWS::RDS::DBCluster)', async () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new Stack(app, 'Docs', { env: { region: 'eu-west-1' } });
  new docdb.CfnDBCluster(stack, 'Cluster', { masterUsername: 'admin', masterUserPassword: 'not-a-real-password', deletionProtection: true });
  app.synth();
  const logicalId = Object.entries(JSON.parse(fs.readFileSync(`${outdir}/Docs.template.json`, 'utf8')).Resources as Record<string, { Type: string }>).find(([, r]) => r.Type === 'AWS::DocDB::DBCluster')![0];
  recorder(true);
  config.on(DescribeConfigRulesCommand).resolves({ ConfigRules: [{ ConfigRuleName: 'docdb-deletion', Source: { Owner: 'AWS', SourceIdentifier: 'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED' } }] });
  cloudformation.on(ListStackResourcesCommand).resolves({ StackResourceSummaries: [{ LogicalResourceId: logicalId, PhysicalResourceId: 'docs-cluster', ResourceType: 'AWS::DocDB::DBCluster', ResourceStatus: 'CREATE_COMPLETE', LastUpdatedTimestamp: new Date(0) }] });
  config
    .on(GetComplianceDetailsByResourceCommand, { ResourceType: 'AWS::RDS::DBCluster', ResourceId: 'docs-cluster' })
    .resolves({ EvaluationResults: [{ ComplianceType: 'NON_COMPLIANT', EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'docdb-deletion', ResourceId: 'docs-cluster' } } }] });
  const report = await runLive({ region: 'eu-west-1', assembly: outdir, failOn: 'none', clients: clients() });
  const result = report.results.find((r) => r.resourceType === 'AWS::DocDB::DBCluster' && r.configRule === 'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED') as LiveResult;
  expect(result.status).toBe('addressed');
  expect(result.live).toMatchObject({ configRuleName: 'docdb-deletion', compliance: 'NON_COMPLIANT' });
  expect(result.drift).toBe(true);
  expect(config.commandCalls(GetComplianceDetailsByResourceCommand).map((call) => call.args[0].input.ResourceType)).toEqual(['AWS::RDS::DBCluster']);
  // The text report shows the drifted result although the template addresses it, with both verdicts.
  const text = renderText(report);
  expect(text).toMatch(/✓ addressed .*SRM-BKP-011[\s\S]*deployed docs-cluster: AWS Config rule docdb-deletion says NON_COMPLIANT — drift: the template and the account disagree/);
  expect(text).toMatch(/^Drift: 1 result\(s\) where the template and AWS Config disagree\.$/m);
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe('through an aggregator: deployed resources across accounts and regions beside their template verdict', () => {
  const A = '111111111111';
  const B = '222222222222';
  let outdir: string;
  let ids: { db: string; bucket: string; sg: string };
  beforeAll(() => {
    outdir = tempOutdir();
    const app = new App({ outdir });
    addSampleStack(app, 'Known', { account: A, region: 'eu-west-1' });
    addSampleStack(app, 'Agnostic'); // environment-agnostic: deployed wherever someone deployed it
    app.synth();
    const template = JSON.parse(fs.readFileSync(`${outdir}/Known.template.json`, 'utf8')) as { Resources: Record<string, { Type: string }> };
    const of = (type: string) => Object.keys(template.Resources).find((id) => template.Resources[id].Type === type)!;
    ids = { db: of('AWS::RDS::DBInstance'), bucket: of('AWS::S3::Bucket'), sg: of('AWS::EC2::SecurityGroup') };
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  /** A row as SelectAggregateResourceConfig returns it: a JSON string per configuration item. */
  const row = (stack: string, logicalId: string, resourceType: string, resourceId: string, accountId: string, awsRegion: string, resourceName?: string) =>
    JSON.stringify({
      resourceId,
      ...(resourceName ? { resourceName } : {}),
      resourceType,
      accountId,
      awsRegion,
      tags: [
        { key: 'aws:cloudformation:stack-name', value: stack },
        { key: 'aws:cloudformation:logical-id', value: logicalId },
        { key: 'aws:cloudformation:stack-id', value: `arn:aws:cloudformation:${awsRegion}:${accountId}:stack/${stack}/x` },
      ],
    });
  const evaluation = (resourceType: string, resourceId: string, ComplianceType: 'COMPLIANT' | 'NON_COMPLIANT'): AggregateEvaluationResult => ({
    ComplianceType,
    EvaluationResultIdentifier: { EvaluationResultQualifier: { ResourceType: resourceType, ResourceId: resourceId } },
  });

  function mockAggregator(): void {
    config.on(DescribeConfigurationAggregatorSourcesStatusCommand).resolves({
      AggregatedSourceStatusList: [
        { SourceId: A, AwsRegion: 'eu-west-1', LastUpdateStatus: 'SUCCEEDED', SourceType: 'ACCOUNT' },
        { SourceId: B, AwsRegion: 'us-east-1', LastUpdateStatus: 'SUCCEEDED', SourceType: 'ACCOUNT' },
      ],
    });
    config.on(SelectAggregateResourceConfigCommand).callsFake((input: SelectAggregateResourceConfigCommandInput) => {
      const expression = input.Expression ?? '';
      if (expression.includes("tags.value = 'Known'")) {
        if (!input.NextToken) {
          return {
            Results: [
              row('Known', ids.bucket, 'AWS::S3::Bucket', 'known-bucket', A, 'eu-west-1', 'known-bucket'),
              // Same logical id, another type (as instances launched by an Auto Scaling group are): not the bucket.
              row('Known', ids.bucket, 'AWS::EC2::Instance', 'i-0abc', A, 'eu-west-1'),
              // Matches the query (a stack-name key, a tag valued Known) but is another stack's: dropped.
              JSON.stringify({ resourceId: 'i-0', resourceType: 'AWS::S3::Bucket', accountId: A, awsRegion: 'eu-west-1', tags: [{ key: 'aws:cloudformation:stack-name', value: 'Other' }, { key: 'aws:cloudformation:logical-id', value: ids.bucket }, { key: 'Name', value: 'Known' }] }),
            ],
            NextToken: 'rows-2',
          };
        }
        return {
          Results: [
            row('Known', ids.db, 'AWS::RDS::DBInstance', 'db-KNOWN', A, 'eu-west-1', 'known-db'),
            row('Known', ids.sg, 'AWS::EC2::SecurityGroup', 'sg-0123', A, 'eu-west-1', 'known-sg'),
          ],
        };
      }
      if (expression.includes("tags.value = 'Agnostic'")) {
        // Deployed in two accounts and regions; its bucket is not in the aggregator at all.
        return {
          Results: [
            row('Agnostic', ids.db, 'AWS::RDS::DBInstance', 'db-AGN-A', A, 'eu-west-1', 'agnostic-db'),
            row('Agnostic', ids.db, 'AWS::RDS::DBInstance', 'db-AGN-B', B, 'us-east-1', 'agnostic-db'),
          ],
        };
      }
      return { Results: [] };
    });
    config.on(DescribeAggregateComplianceByConfigRulesCommand).callsFake((input: DescribeAggregateComplianceByConfigRulesCommandInput) => {
      const { AccountId, AwsRegion } = input.Filters ?? {};
      const rules = (names: string[]) => names.map((ConfigRuleName) => ({ ConfigRuleName, AccountId, AwsRegion, Compliance: { ComplianceType: 'NON_COMPLIANT' as const } }));
      if (AccountId === A && AwsRegion === 'eu-west-1') {
        if (!input.NextToken) return { AggregateComplianceByConfigRules: rules(['s3-bucket-server-side-encryption-enabled', 'rds-storage-encrypted-conformance-pack-a1b2c3d4']), NextToken: 'rules-2' };
        return {
          AggregateComplianceByConfigRules: rules([
            'securityhub-s3-bucket-versioning-enabled-55c8a7cd',
            'my-custom-encryption-check', // a custom rule: its name matches no managed rule
            'restricted-common-ports',
            'rds-instance-public-access-check',
          ]),
        };
      }
      if (AccountId === B && AwsRegion === 'us-east-1') return { AggregateComplianceByConfigRules: rules(['securityhub-rds-storage-encrypted-4414615a']) };
      return { AggregateComplianceByConfigRules: [] };
    });
    config.on(GetAggregateComplianceDetailsByConfigRuleCommand).callsFake((input: GetAggregateComplianceDetailsByConfigRuleCommandInput) => {
      const at = `${input.ConfigRuleName}@${input.AccountId}/${input.AwsRegion}`;
      switch (at) {
        case `s3-bucket-server-side-encryption-enabled@${A}/eu-west-1`:
          // An empty page that still carries a token: the results follow on the next page.
          if (!input.NextToken) return { AggregateEvaluationResults: [], NextToken: 'details-2' };
          if (input.NextToken === 'details-2') return { AggregateEvaluationResults: [evaluation('AWS::S3::Bucket', 'someone-elses-bucket', 'COMPLIANT')], NextToken: 'details-3' };
          return { AggregateEvaluationResults: [evaluation('AWS::S3::Bucket', 'known-bucket', 'NON_COMPLIANT')] };
        case `rds-storage-encrypted-conformance-pack-a1b2c3d4@${A}/eu-west-1`:
          return { AggregateEvaluationResults: [evaluation('AWS::RDS::DBInstance', 'db-KNOWN', 'COMPLIANT'), evaluation('AWS::RDS::DBInstance', 'db-AGN-A', 'COMPLIANT')] };
        case `securityhub-s3-bucket-versioning-enabled-55c8a7cd@${A}/eu-west-1`:
          return { AggregateEvaluationResults: [evaluation('AWS::S3::Bucket', 'known-bucket', 'COMPLIANT')] };
        case `restricted-common-ports@${A}/eu-west-1`:
          return { AggregateEvaluationResults: [evaluation('AWS::EC2::SecurityGroup', 'sg-0123', 'COMPLIANT')] };
        case `rds-instance-public-access-check@${A}/eu-west-1`:
          return { AggregateEvaluationResults: [evaluation('AWS::RDS::DBInstance', 'db-other', 'COMPLIANT')] };
        case `securityhub-rds-storage-encrypted-4414615a@${B}/us-east-1`:
          return { AggregateEvaluationResults: [evaluation('AWS::RDS::DBInstance', 'db-AGN-B', 'NON_COMPLIANT')] };
        default:
          throw new Error(`unexpected GetAggregateComplianceDetailsByConfigRule ${at}`);
      }
    });
  }

  async function run() {
    mockAggregator();
    const report = await runLive({ region: 'eu-west-1', aggregator: 'org', assembly: outdir, failOn: 'none', clients: clients() });
    const find = (stack: string, ruleId: string) => report.results.find((r) => r.stack === stack && r.ruleId === ruleId) as LiveResult;
    return { report, find };
  }

  test('compliant and non-compliant resources, drift flagged both ways, with the source account and region', async () => {
    const { find } = await run();
    // Addressed in the template, non-compliant in the account.
    expect(find('Known', 'SRM-EAR-012')).toMatchObject({
      status: 'addressed',
      live: { configRuleName: 's3-bucket-server-side-encryption-enabled', compliance: 'NON_COMPLIANT', physicalId: 'known-bucket', accountId: A, awsRegion: 'eu-west-1' },
      drift: true,
    });
    // Unaddressed in the template, compliant in the account (a conformance pack's rule).
    expect(find('Known', 'SRM-EAR-001')).toMatchObject({
      status: 'unaddressed',
      live: { configRuleName: 'rds-storage-encrypted-conformance-pack-a1b2c3d4', compliance: 'COMPLIANT', physicalId: 'db-KNOWN', resourceName: 'known-db' },
      drift: true,
    });
    // Agreeing verdicts: Security Hub's rule, and a rule whose console name is not its identifier.
    expect(find('Known', 'SRM-BKP-005')).toMatchObject({ status: 'addressed', live: { configRuleName: 'securityhub-s3-bucket-versioning-enabled-55c8a7cd', compliance: 'COMPLIANT' }, drift: false });
    expect(find('Known', 'SRM-NET-001')).toMatchObject({ status: 'addressed', live: { configRuleName: 'restricted-common-ports', compliance: 'COMPLIANT', physicalId: 'sg-0123' }, drift: false });
    // The rule is deployed but has not evaluated this resource.
    expect(find('Known', 'SRM-NET-003')).toMatchObject({ live: { configRuleName: 'rds-instance-public-access-check', compliance: 'NOT_EVALUATED' }, drift: false });
  });

  test('not found: no deployed resource, or no rule of that name deployed there, keeps the template result without live', async () => {
    const { report, find } = await run();
    const bucket = find('Agnostic', 'SRM-EAR-012');
    expect(bucket.status).toBe('addressed');
    expect(bucket.live).toBeUndefined();
    expect(bucket.drift).toBeUndefined();
    // The database is deployed, but no rule running DB_INSTANCE_BACKUP_ENABLED is.
    expect(find('Known', 'SRM-BKP-001').live).toBeUndefined();
    // S3_DEFAULT_ENCRYPTION_KMS: only the custom rule, whose name matches nothing, and it is never read.
    expect(find('Known', 'SRM-EAR-013').live).toBeUndefined();
    expect(config.commandCalls(GetAggregateComplianceDetailsByConfigRuleCommand, { ConfigRuleName: 'my-custom-encryption-check' })).toHaveLength(0);
    // The aggregator's sources are still reported, and CloudFormation is never asked.
    expect(report.results.filter((r) => r.resourceType === 'AWS::Config::ConfigurationAggregator').map((r) => [r.stack, r.status])).toEqual([
      [`aws://${A}/eu-west-1`, 'addressed'],
      [`aws://${B}/us-east-1`, 'addressed'],
    ]);
    expect(cloudformation.commandCalls(ListStackResourcesCommand)).toHaveLength(0);
  });

  test('a stack with an unknown environment is looked for in every account and region; each deployment is kept', async () => {
    const { find } = await run();
    const db = find('Agnostic', 'SRM-EAR-001');
    // Shown: the deployment that disagrees with the template; both are listed.
    expect(db.live).toMatchObject({ accountId: A, awsRegion: 'eu-west-1', compliance: 'COMPLIANT', physicalId: 'db-AGN-A' });
    expect(db.drift).toBe(true);
    expect(db.deployments?.map((d) => [d.accountId, d.awsRegion, d.configRuleName, d.compliance])).toEqual([
      [A, 'eu-west-1', 'rds-storage-encrypted-conformance-pack-a1b2c3d4', 'COMPLIANT'],
      [B, 'us-east-1', 'securityhub-rds-storage-encrypted-4414615a', 'NON_COMPLIANT'],
    ]);
    const expressions = config.commandCalls(SelectAggregateResourceConfigCommand).map((call) => call.args[0].input.Expression ?? '');
    expect(expressions.find((e) => e.includes("'Agnostic'"))).toBe(
      "SELECT resourceId, resourceName, resourceType, accountId, awsRegion, tags WHERE tags.key = 'aws:cloudformation:stack-name' AND tags.value = 'Agnostic'",
    );
    expect(expressions.find((e) => e.includes("'Known'"))).toBe(
      `SELECT resourceId, resourceName, resourceType, accountId, awsRegion, tags WHERE tags.key = 'aws:cloudformation:stack-name' AND tags.value = 'Known' AND accountId = '${A}' AND awsRegion = 'eu-west-1'`,
    );
  });

  test('pagination is followed to the end, and each account/region and rule is read once', async () => {
    await run();
    const selects = config.commandCalls(SelectAggregateResourceConfigCommand).map((call) => call.args[0].input);
    expect(selects.map((input) => [input.ConfigurationAggregatorName, (input.Expression ?? '').includes("'Known'") ? 'Known' : 'Agnostic', input.NextToken])).toEqual([
      ['org', 'Agnostic', undefined],
      ['org', 'Known', undefined],
      ['org', 'Known', 'rows-2'],
    ]);
    const details = config.commandCalls(GetAggregateComplianceDetailsByConfigRuleCommand).map((call) => call.args[0].input);
    expect(details.filter((d) => d.ConfigRuleName === 's3-bucket-server-side-encryption-enabled').map((d) => d.NextToken)).toEqual([undefined, 'details-2', 'details-3']);
    // Used for two resources (Known's and Agnostic's databases in account A), read once.
    expect(details.filter((d) => d.ConfigRuleName === 'rds-storage-encrypted-conformance-pack-a1b2c3d4')).toHaveLength(1);
    const rules = config.commandCalls(DescribeAggregateComplianceByConfigRulesCommand).map((call) => call.args[0].input);
    expect(rules.map((r) => [r.Filters?.AccountId, r.Filters?.AwsRegion, r.NextToken])).toEqual([
      [A, 'eu-west-1', undefined],
      [A, 'eu-west-1', 'rules-2'],
      [B, 'us-east-1', undefined],
    ]);
  });
});
