import { DescribeConfigurationAggregatorSourcesStatusCommand, type ConfigServiceClient } from '@aws-sdk/client-config-service';
import { fingerprintOf, type Result } from '../engine/result';
import { LIVE_RULES } from './account-checks';

/**
 * Through a Config aggregator: one result per source account and region, addressed when its
 * Config data reaches the aggregator (which needs a recorder that records and delivers there).
 */
export async function checkAggregatorSources(config: ConfigServiceClient, aggregator: string): Promise<Result[]> {
  const results: Result[] = [];
  let NextToken: string | undefined;
  do {
    const page = await config.send(new DescribeConfigurationAggregatorSourcesStatusCommand({ ConfigurationAggregatorName: aggregator, NextToken }));
    for (const source of page.AggregatedSourceStatusList ?? []) {
      const stack = `aws://${source.SourceId ?? 'unknown'}/${source.AwsRegion ?? 'unknown'}`;
      const ok = source.LastUpdateStatus === 'SUCCEEDED';
      const meta = LIVE_RULES.recording;
      results.push({
        ruleId: meta.id,
        title: meta.title,
        duty: meta.duty,
        status: ok ? 'addressed' : 'unaddressed',
        severity: meta.severity,
        category: 'abstracted',
        stack,
        templatePath: '',
        logicalId: `${aggregator}:${source.SourceId}:${source.AwsRegion}`,
        resourceType: 'AWS::Config::ConfigurationAggregator',
        message: ok
          ? `${source.SourceType ?? 'source'} ${source.SourceId} in ${source.AwsRegion} reports to aggregator ${aggregator}`
          : `${source.SourceType ?? 'source'} ${source.SourceId} in ${source.AwsRegion} does not report to aggregator ${aggregator} (${source.LastUpdateStatus}${source.LastErrorMessage ? `: ${source.LastErrorMessage}` : ''})`,
        fix: meta.docs.fix.cloudformation,
        evidence: [],
        securityHub: meta.controls.securityHub,
        controlTower: [],
        nist80053: [],
        fingerprint: fingerprintOf({ ruleId: meta.id, stack, subject: aggregator }),
      });
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return results;
}
