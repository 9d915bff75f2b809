import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  type ConfigServiceClient,
  type ConfigurationRecorder,
} from '@aws-sdk/client-config-service';
import { fingerprintOf, type Result } from '../engine/result';
import type { RuleMeta } from '../engine/rule';

/**
 * Account-level duties only the account can answer. Numbered 9xx in the logging duty, a block kept
 * for live checks (docs/RULE-IDS.md), so template rules never collide with them.
 */
export const LIVE_RULES = {
  recording: {
    id: 'SRM-LOG-901',
    title: 'AWS Config records configuration changes in the region',
    duty: 'logging-monitoring',
    severity: 'high',
    controls: { securityHub: ['Config.1'] },
    docs: {
      description: 'Without a recording configuration recorder, no change to a resource is kept and no Config rule can evaluate it.',
      addressedBy: 'A configuration recorder that exists and is recording.',
      fix: { cdk: 'new config.CfnConfigurationRecorder(this, "Recorder", { roleArn, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } })', cloudformation: 'Add an AWS::Config::ConfigurationRecorder and start it (aws configservice start-configuration-recorder).' },
    },
  },
  coverage: {
    id: 'SRM-LOG-902',
    title: 'AWS Config records all resource types, global ones included',
    duty: 'logging-monitoring',
    severity: 'medium',
    controls: { securityHub: ['Config.1'] },
    docs: {
      description: 'A recorder limited to some types leaves the others without history or evaluation.',
      addressedBy: 'RecordingGroup.AllSupported true, and IncludeGlobalResourceTypes true in one region.',
      fix: { cdk: 'recordingGroup: { allSupported: true, includeGlobalResourceTypes: true }', cloudformation: 'Set RecordingGroup.AllSupported and IncludeGlobalResourceTypes to true.' },
    },
  },
  delivery: {
    id: 'SRM-LOG-903',
    title: 'AWS Config has a delivery channel',
    duty: 'logging-monitoring',
    severity: 'medium',
    controls: {},
    docs: {
      description: 'The delivery channel sends configuration snapshots and history to S3 (and SNS); without it the recorder cannot start.',
      addressedBy: 'An AWS::Config::DeliveryChannel pointing at a bucket.',
      fix: { cdk: 'new config.CfnDeliveryChannel(this, "Channel", { s3BucketName: bucket.bucketName })', cloudformation: 'Add an AWS::Config::DeliveryChannel.' },
    },
  },
} as const satisfies Record<string, RuleMeta>;

export interface AccountScope {
  readonly account?: string;
  readonly region: string;
}

function result(meta: RuleMeta, scope: AccountScope, resourceType: string, logicalId: string, status: 'addressed' | 'unaddressed', message: string): Result {
  const stack = `aws://${scope.account ?? 'current-account'}/${scope.region}`;
  return {
    ruleId: meta.id,
    title: meta.title,
    duty: meta.duty,
    status,
    severity: meta.severity,
    category: 'abstracted',
    stack,
    templatePath: '',
    logicalId,
    resourceType,
    message,
    fix: meta.docs.fix.cloudformation,
    evidence: status === 'addressed' ? [{ description: message }] : [],
    securityHub: meta.controls.securityHub ?? [],
    controlTower: [],
    nist80053: [],
    fingerprint: fingerprintOf({ ruleId: meta.id, stack, subject: logicalId }),
  };
}

/** Recorder present, recording, covering every type (global ones included), with a delivery channel. */
export async function checkAccount(config: ConfigServiceClient, scope: AccountScope): Promise<Result[]> {
  const [recorders, statuses, channels] = await Promise.all([
    config.send(new DescribeConfigurationRecordersCommand({})),
    config.send(new DescribeConfigurationRecorderStatusCommand({})),
    config.send(new DescribeDeliveryChannelsCommand({})),
  ]);
  const results: Result[] = [];
  const list = recorders.ConfigurationRecorders ?? [];
  if (list.length === 0) {
    results.push(result(LIVE_RULES.recording, scope, 'AWS::Config::ConfigurationRecorder', 'ConfigurationRecorder', 'unaddressed', `no configuration recorder exists in ${scope.region}`));
  }
  for (const recorder of list) {
    const name = recorder.name ?? 'default';
    const status = statuses.ConfigurationRecordersStatus?.find((s) => s.name === recorder.name);
    const recording = status?.recording === true;
    results.push(
      result(LIVE_RULES.recording, scope, 'AWS::Config::ConfigurationRecorder', name, recording ? 'addressed' : 'unaddressed',
        recording ? `recorder ${name} is recording (last status ${status?.lastStatus ?? 'unknown'})` : `recorder ${name} exists but is not recording`),
    );
    const gap = coverageGap(recorder);
    results.push(result(LIVE_RULES.coverage, scope, 'AWS::Config::ConfigurationRecorder', name, gap ? 'unaddressed' : 'addressed', gap ?? `recorder ${name} records all supported resource types, global ones included`));
  }
  const channel = channels.DeliveryChannels?.[0];
  results.push(
    result(LIVE_RULES.delivery, scope, 'AWS::Config::DeliveryChannel', channel?.name ?? 'DeliveryChannel', channel ? 'addressed' : 'unaddressed',
      channel ? `delivery channel ${channel.name} delivers to s3://${channel.s3BucketName ?? '?'}` : `no delivery channel exists in ${scope.region}`),
  );
  return results;
}

function coverageGap(recorder: ConfigurationRecorder): string | undefined {
  const group = recorder.recordingGroup;
  if (!group) return undefined; // no recording group means the default: all supported types
  if (group.allSupported === false || (group.recordingStrategy?.useOnly && group.recordingStrategy.useOnly !== 'ALL_SUPPORTED_RESOURCE_TYPES')) {
    return `recorder ${recorder.name} records only selected resource types`;
  }
  if (group.includeGlobalResourceTypes === false) return `recorder ${recorder.name} does not record global resource types (IAM)`;
  return undefined;
}
