import type { ServiceCategory } from './types';

export interface TypeOverride {
  readonly category: ServiceCategory;
  /** Shown in reports: why this type differs from its service's default. */
  readonly reason: string;
}

/**
 * Types whose category differs from their namespace default whatever their properties say.
 *
 * Kept small on purpose: every entry is a place where the namespace default would put a duty on
 * the wrong side of the line. Property-dependent cases belong in `refinements.ts` instead.
 */
export const TYPE_OVERRIDES: ReadonlyMap<string, TypeOverride> = new Map<string, TypeOverride>([
  // The cluster is an AWS-run scheduler; any EC2 capacity behind it is its own Auto Scaling group
  // or capacity provider resource and is classified there.
  ['AWS::ECS::Cluster', { category: 'container', reason: 'ECS cluster control plane is operated by AWS' }],
  ['AWS::ECS::ExpressGatewayService', { category: 'container', reason: 'ECS Express service runs on Fargate' }],
  ['AWS::EKS::Nodegroup', { category: 'infrastructure', reason: 'EKS node group: worker node AMIs and their updates are the customer\'s' }],
  ['AWS::Batch::ServiceEnvironment', { category: 'container', reason: 'Batch service environment runs SageMaker training jobs on AWS-managed capacity' }],
  ['AWS::EMR::Studio', { category: 'abstracted', reason: 'EMR Studio is a web IDE operated by AWS' }],
  ['AWS::EMR::StudioSessionMapping', { category: 'abstracted', reason: 'EMR Studio access mapping' }],
  ['AWS::GameLift::GameServerGroup', { category: 'infrastructure', reason: 'GameLift FleetIQ game server group: EC2 instances in the customer\'s account' }],
  // A model is a pointer to an artifact and a container image; the compute is the endpoint's.
  ['AWS::SageMaker::Model', { category: 'abstracted', reason: 'SageMaker model definition holds no compute' }],
  ['AWS::PCS::Cluster', { category: 'container', reason: 'PCS cluster: AWS runs the Slurm controller; the customer chooses the Slurm version' }],
  ['AWS::ODB::CloudVmCluster', { category: 'infrastructure', reason: 'Exadata VM cluster: the customer updates the guest VMs and Oracle software' }],
  ['AWS::Timestream::InfluxDBInstance', { category: 'container', reason: 'Timestream for InfluxDB: a managed database instance in the customer\'s VPC' }],
  ['AWS::Timestream::InfluxDBCluster', { category: 'container', reason: 'Timestream for InfluxDB: managed database instances in the customer\'s VPC' }],
  ['AWS::Lightsail::Database', { category: 'container', reason: 'Lightsail managed database' }],
  ['AWS::Lightsail::DatabaseSnapshot', { category: 'container', reason: 'Lightsail managed database snapshot' }],
  ['AWS::Lightsail::Container', { category: 'container', reason: 'Lightsail container service: AWS runs the compute, the customer supplies images' }],
  ['AWS::Lightsail::Bucket', { category: 'abstracted', reason: 'Lightsail object storage bucket' }],
  ['AWS::Lightsail::Distribution', { category: 'abstracted', reason: 'Lightsail content delivery distribution' }],
]);

export function typeOverride(type: string): TypeOverride | undefined {
  return TYPE_OVERRIDES.get(type);
}
