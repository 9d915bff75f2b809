/** The overrides of every launch template config of an EC2 Fleet. */
import type { Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { judgeOverrides, type Capability } from './instance-types';
import { isFinding, listOf } from './support';

export function judgeFleet(fleet: ResourceModel, want: Capability): readonly Finding[] | Finding | undefined {
  const configs = listOf(fleet.get('LaunchTemplateConfigs'));
  if (isFinding(configs)) return configs;
  const findings = configs.flatMap((_, index) => {
    const result = judgeOverrides(fleet, `LaunchTemplateConfigs.${index}.Overrides`, want, `config-${index}-override`);
    return result === undefined ? [] : isFinding(result) ? [{ ...result, key: `config-${index}` }] : result;
  });
  return findings.length > 0 ? findings : undefined;
}
