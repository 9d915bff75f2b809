import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { EKS_CLUSTER_TYPES, eksSetting } from '../../lib/model/eks-cluster';
import { EKS_VERSION_SUPPORT } from './data/eks-versions';

const today = (): string => new Date().toISOString().slice(0, 10);
const KNOWN = Object.keys(EKS_VERSION_SUPPORT).map(Number);

function verdict(version: string, now: string): { ok: boolean; message: string } {
  const support = EKS_VERSION_SUPPORT[version];
  if (!support) {
    const minor = Number(version);
    if (Number.isNaN(minor)) return { ok: false, message: `Kubernetes version ${version} is not a version EKS offers` };
    return minor > Math.max(...KNOWN)
      ? { ok: true, message: `Kubernetes ${version} is newer than every version in the tool's calendar` }
      : { ok: false, message: `Kubernetes ${version} is no longer supported by EKS` };
  }
  if (support.extendedEnds <= now) return { ok: false, message: `Kubernetes ${version} left EKS support on ${support.extendedEnds}` };
  if (support.standardEnds <= now) {
    return { ok: false, message: `Kubernetes ${version} left standard support on ${support.standardEnds}; it runs on paid extended support until ${support.extendedEnds}` };
  }
  return { ok: true, message: `Kubernetes ${version} is in standard support until ${support.standardEnds}` };
}

export default defineRule({
  id: 'SRM-PAT-021',
  title: 'EKS cluster runs a Kubernetes version in standard support',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: EKS_CLUSTER_TYPES,
  controls: {
    configRule: 'EKS_CLUSTER_SUPPORTED_VERSION',
    securityHub: ['EKS.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'EKS patches the control plane of a Kubernetes minor version for 14 months of standard support; after that only paid extended support, then forced upgrades. Choosing and upgrading the version is the customer\'s.',
    addressedBy: '`Version` set to a Kubernetes version in EKS standard support (see rules/patch-management/data/eks-versions.ts), or left out.',
    default: 'Absent, EKS creates the cluster on its current default version: addressed.',
    fix: {
      cdk: "new eks.Cluster(this, 'Cluster', { version: eks.KubernetesVersion.V1_34, ... })",
      cloudformation: 'Set `Version` to a Kubernetes version in standard support and upgrade before its end date.',
    },
  },
  check(cluster) {
    const lookup = eksSetting(cluster, 'version');
    const now = today();
    return judge(lookup, (value) => {
      if (value === undefined) return { ok: true, message: 'no version is set, so EKS uses its current default version' };
      if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, message: 'the version is not a Kubernetes version' };
      return verdict(String(value), now);
    });
  },
});
