import { addressed, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { isPlainObject } from '../../lib/model/values';
import { booleanSwitch, fail, listOf } from './lib/checks';

/** Management events are what CloudTrail.1 asks for; event selectors can switch them off. */
function managementEvents(trail: ResourceModel): Finding | undefined {
  const selectors = listOf(trail.get('EventSelectors').value);
  if (Array.isArray(selectors) && selectors.length > 0 && selectors.every(isPlainObject)) {
    const withManagement = selectors.filter((s) => isPlainObject(s) && s.IncludeManagementEvents !== false && s.IncludeManagementEvents !== 'false');
    if (withManagement.length === 0) return unaddressed('every event selector sets IncludeManagementEvents to false, so no management events are logged', { propertyPath: 'EventSelectors' });
    const readWrite = withManagement.some((s) => isPlainObject(s) && (s.ReadWriteType === undefined || s.ReadWriteType === 'All'));
    const partial = withManagement.every((s) => isPlainObject(s) && (s.ReadWriteType === 'ReadOnly' || s.ReadWriteType === 'WriteOnly'));
    if (!readWrite && partial) return unaddressed('event selectors log only read-only or only write-only management events', { propertyPath: 'EventSelectors' });
  }
  return undefined;
}

export default defineRule({
  id: 'SRM-LOG-001',
  title: 'CloudTrail trail is logging in all regions',
  duty: 'logging-monitoring',
  severity: 'high',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  controls: {
    // No configRule: MULTI_REGION_CLOUD_TRAIL_ENABLED is an account-level periodic check, not a per-trail one (SRM-LOG-004 maps it).
    securityHub: ['CloudTrail.1'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'AWS records API activity only where the customer has a trail; a single-region trail leaves activity in other regions unrecorded.',
    addressedBy: '`IsMultiRegionTrail: true` and `IsLogging: true`, with management events (read and write) logged.',
    default: '`IsMultiRegionTrail` defaults to false (the trail records only its own region): unaddressed. `IsLogging` is required. Without event selectors a trail logs all management events.',
    fix: {
      cdk: 'new cloudtrail.Trail(this, id, { isMultiRegionTrail: true }) // the L2 default',
      cloudformation: 'Set `IsMultiRegionTrail: true` and `IsLogging: true` on the AWS::CloudTrail::Trail.',
    },
  },
  check(trail) {
    const multiRegion = booleanSwitch(trail.get('IsMultiRegionTrail'), {
      on: 'the trail records every region',
      off: 'IsMultiRegionTrail is false, so the trail records only its own region',
      absent: fail('IsMultiRegionTrail is not set, so the trail records only its own region'),
    });
    if (multiRegion.status !== 'addressed') return multiRegion;
    const logging = booleanSwitch(trail.get('IsLogging'), {
      on: 'the trail is logging',
      off: 'IsLogging is false, so the trail records nothing',
      absent: fail('IsLogging is not set, so the trail records nothing'),
    });
    if (logging.status !== 'addressed') return logging;
    return managementEvents(trail) ?? addressed('the trail is logging management events in every region', { evidence: [...(multiRegion.evidence ?? []), ...(logging.evidence ?? [])] });
  },
});
