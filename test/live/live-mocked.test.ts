import * as fs from 'fs';
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  DescribeConfigurationAggregatorSourcesStatusCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  GetComplianceDetailsByResourceCommand,
  ListDiscoveredResourcesCommand,
} from '@aws-sdk/client-config-service';
import { App } from 'aws-cdk-lib';
import { mockClient } from 'aws-sdk-client-mock';
import { runLive } from '../../lib/live/live-run';
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
