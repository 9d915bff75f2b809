import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { EKS_CLUSTER_TYPES, eksSetting, isCdkEksCluster } from '../../lib/model/eks-cluster';
import { Unresolved, isPlainObject } from '../../lib/model/values';
import { fail, listOf, pass, review } from './lib/checks';

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

export default defineRule({
  id: 'SRM-LOG-037',
  title: 'EKS cluster exports control plane logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: EKS_CLUSTER_TYPES,
  controls: {
    configRule: 'EKS_CLUSTER_LOGGING_ENABLED',
    securityHub: ['EKS.8'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
    cdkNag: ['AwsSolutions-EKS2'],
  },
  docs: {
    description: 'AWS runs the Kubernetes control plane; who did what through the Kubernetes API is recorded only when the customer exports its logs.',
    addressedBy: '`Logging.ClusterLogging.EnabledTypes` with api, audit, authenticator, controllerManager and scheduler.',
    default: 'Absent means no control plane logs are exported: unaddressed.',
    fix: {
      cdk: 'new eks.Cluster(this, id, { ..., clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR, eks.ClusterLoggingTypes.CONTROLLER_MANAGER, eks.ClusterLoggingTypes.SCHEDULER] })',
      cloudformation: 'Set `Logging: { ClusterLogging: { EnabledTypes: [{ Type: api }, { Type: audit }, { Type: authenticator }, { Type: controllerManager }, { Type: scheduler }] } }`.',
    },
  },
  check(cluster) {
    const cdk = isCdkEksCluster(cluster);
    return judge(eksSetting(cluster, 'logging'), (value) => {
      const entries = listOf(value);
      if (entries instanceof Unresolved) return review(`the enabled log types cannot be read: ${entries.reason}`);
      const enabled: string[] = [];
      for (const entry of entries) {
        if (!isPlainObject(entry)) return review('a log type cannot be resolved');
        if (!cdk) {
          if (typeof entry.Type !== 'string') return review('a log type cannot be resolved');
          enabled.push(entry.Type);
          continue;
        }
        // The EKS API shape the CDK passes on: [{ types: [...], enabled: true }].
        if (entry.enabled === false || entry.enabled === 'false') continue;
        if ((entry.enabled !== true && entry.enabled !== 'true') || !Array.isArray(entry.types)) return review('a logging setting cannot be resolved');
        for (const type of entry.types as readonly unknown[]) {
          if (typeof type !== 'string') return review('a log type cannot be resolved');
          enabled.push(type);
        }
      }
      if (enabled.length === 0) return fail('no control plane logs are exported');
      const missing = LOG_TYPES.filter((type) => !enabled.includes(type));
      return missing.length === 0 ? pass('every control plane log type is exported') : fail(`control plane log type(s) ${missing.join(', ')} are not exported`);
    });
  },
});
