import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { ResourceReference, describeValue, isPlainObject, type Resolved } from '../../lib/model/values';

/** The newest Fargate platform versions (ECS.10's defaults). `LATEST` always follows them. */
const LATEST_LINUX = '1.4.0';
const LATEST_WINDOWS = '1.0.0';

function onFargate(launchType: Resolved, strategy: Resolved): boolean {
  if (launchType === 'FARGATE') return true;
  return Array.isArray(strategy) && (strategy as readonly Resolved[]).some((s) => isPlainObject(s) && typeof s.CapacityProvider === 'string' && s.CapacityProvider.startsWith('FARGATE'));
}

export default defineRule({
  id: 'SRM-PAT-028',
  title: 'ECS Fargate service runs on the latest platform version',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::ECS::Service'],
  controls: {
    configRule: 'ECS_FARGATE_LATEST_PLATFORM_VERSION',
    securityHub: ['ECS.10'],
    controlTower: ['CT.ECS.PR.1'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'On Fargate AWS patches the platform, but only on the platform version the service asks for; a pinned old version keeps old kernel and runtime components.',
    addressedBy: '`PlatformVersion` absent or `LATEST` (or the current latest: 1.4.0 for Linux, 1.0.0 for Windows).',
    default: 'Absent, ECS uses `LATEST`: addressed. Services on EC2 or external capacity: not applicable.',
    fix: {
      cdk: "new ecs.FargateService(this, 'Service', { ..., platformVersion: ecs.FargatePlatformVersion.LATEST })",
      cloudformation: 'Remove `PlatformVersion` or set it to `LATEST`.',
    },
  },
  check(service) {
    if (!onFargate(service.get('LaunchType').value, service.get('CapacityProviderStrategy').value)) return undefined;
    const taskRef = service.get('TaskDefinition').value;
    const task = taskRef instanceof ResourceReference ? service.stack.resource(taskRef.logicalId) : undefined;
    const family = task?.get('RuntimePlatform.OperatingSystemFamily').value;
    const windows = typeof family === 'string' && family.startsWith('WINDOWS');
    return judge(service.get('PlatformVersion'), (value) => {
      if (value === undefined || value === 'LATEST') return { ok: true, message: 'the service follows the LATEST Fargate platform version' };
      const latest = windows ? LATEST_WINDOWS : LATEST_LINUX;
      return value === latest
        ? { ok: true, message: `the service is pinned to ${latest}, the latest ${windows ? 'Windows' : 'Linux'} platform version` }
        : { ok: false, message: `the service is pinned to Fargate platform version ${describeValue(value)}, older than the latest (${latest})` };
    });
  },
});
