import { defineRule } from '../../lib/engine/rule';
import { EKS_CLUSTER_TYPES, eksSetting } from '../../lib/model/eks-cluster';
import { describeValue } from '../../lib/model/values';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-015',
  title: 'EKS cluster API endpoints are not publicly accessible',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: EKS_CLUSTER_TYPES,
  controls: {
    configRule: 'EKS_ENDPOINT_NO_PUBLIC_ACCESS',
    securityHub: ['EKS.1'],
    controlTower: ['CT.EKS.PR.1'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-EKS1'],
  },
  docs: {
    description: 'AWS runs the Kubernetes control plane, but whether its API server answers on the internet is the customer\'s choice.',
    addressedBy: '`ResourcesVpcConfig.EndpointPublicAccess: false` (with `EndpointPrivateAccess: true`).',
    default: 'Absent: the endpoint is public (to 0.0.0.0/0 unless `PublicAccessCidrs` narrows it): unaddressed. A public endpoint limited by `PublicAccessCidrs` is still reported, with the CIDRs in the message.',
    fix: {
      cdk: 'new eks.Cluster(this, id, { endpointAccess: eks.EndpointAccess.PRIVATE, ... })',
      cloudformation: 'Set `ResourcesVpcConfig.EndpointPublicAccess: false` and `EndpointPrivateAccess: true`.',
    },
  },
  check(cluster) {
    const cidrs = eksSetting(cluster, 'publicAccessCidrs').value;
    const to = cidrs === undefined ? '0.0.0.0/0' : describeValue(cidrs);
    return decideBoolean(eksSetting(cluster, 'endpointPublicAccess'), {
      true: fail(`EndpointPublicAccess is true: the Kubernetes API answers on the internet (from ${to})`),
      false: pass('EndpointPublicAccess is false: the API endpoint is private'),
      absent: fail(`EndpointPublicAccess is not set, so the Kubernetes API endpoint is public (from ${to})`),
    });
  },
});
