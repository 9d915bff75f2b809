import type { Lookup } from './lookup';
import type { ResourceModel } from './resource';

/** The custom resource through which the CDK's `eks.Cluster` (aws-cdk-lib/aws-eks) creates its cluster. */
export const CDK_EKS_CLUSTER = 'Custom::AWSCDK-EKS-Cluster';

/** An EKS cluster as CloudFormation writes it, and as the CDK's `eks.Cluster` does. */
export const EKS_CLUSTER_TYPES: readonly string[] = ['AWS::EKS::Cluster', CDK_EKS_CLUSTER];

/**
 * Where a setting lives: in `AWS::EKS::Cluster` properties (CloudFormation's PascalCase), or in the
 * `Config` property of the CDK's custom resource, which passes the EKS CreateCluster request
 * through as is (camelCase: `Config.version`, `Config.resourcesVpcConfig.endpointPublicAccess`).
 */
const PATHS = {
  version: ['Version', 'Config.version'],
  endpointPublicAccess: ['ResourcesVpcConfig.EndpointPublicAccess', 'Config.resourcesVpcConfig.endpointPublicAccess'],
  publicAccessCidrs: ['ResourcesVpcConfig.PublicAccessCidrs', 'Config.resourcesVpcConfig.publicAccessCidrs'],
  encryptionConfig: ['EncryptionConfig', 'Config.encryptionConfig'],
  logging: ['Logging.ClusterLogging.EnabledTypes', 'Config.logging.clusterLogging'],
} as const;

/** Field names inside an `EncryptionConfig` entry, in each shape. */
export interface EncryptionFields {
  readonly resources: string;
  readonly provider: string;
  readonly keyArn: string;
}

export function isCdkEksCluster(cluster: ResourceModel): boolean {
  return cluster.type === CDK_EKS_CLUSTER;
}

/** One setting of an EKS cluster, read from whichever shape the resource has. */
export function eksSetting(cluster: ResourceModel, setting: keyof typeof PATHS): Lookup {
  return cluster.get(PATHS[setting][isCdkEksCluster(cluster) ? 1 : 0]);
}

export function encryptionFields(cluster: ResourceModel): EncryptionFields {
  return isCdkEksCluster(cluster) ? { resources: 'resources', provider: 'provider', keyArn: 'keyArn' } : { resources: 'Resources', provider: 'Provider', keyArn: 'KeyArn' };
}
