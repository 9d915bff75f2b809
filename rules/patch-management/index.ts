import type { Rule } from '../../lib/engine/rule';
import autoscalingGroupLaunchTemplate from './autoscaling-group-launch-template';
import autoscalingGroupManagedBySsm from './autoscaling-group-managed-by-ssm';
import autoscalingGroupNitroOverrides from './autoscaling-group-nitro-overrides';
import autoscalingGroupPatched from './autoscaling-group-patched';
import ec2FleetNitro from './ec2-fleet-nitro';
import ec2HostNitro from './ec2-host-nitro';
import ec2InstanceImdsv2 from './ec2-instance-imdsv2';
import ec2InstanceManagedBySsm from './ec2-instance-managed-by-ssm';
import ec2InstanceNitro from './ec2-instance-nitro';
import ec2InstancePatched from './ec2-instance-patched';
import ecrImageScanning from './ecr-image-scanning';
import ecrLifecyclePolicy from './ecr-lifecycle-policy';
import ecsFargatePlatformVersion from './ecs-fargate-platform-version';
import ecsTaskHostNetworkUser from './ecs-task-host-network-user';
import ecsTaskNonrootUser from './ecs-task-nonroot-user';
import eksSupportedVersion from './eks-supported-version';
import elasticBeanstalkManagedUpdates from './elastic-beanstalk-managed-updates';
import elasticacheClusterMinorUpgrades from './elasticache-cluster-minor-upgrades';
import elasticacheReplicationGroupMinorUpgrades from './elasticache-replication-group-minor-upgrades';
import lambdaRuntimeUpdates from './lambda-runtime-updates';
import lambdaSupportedRuntime from './lambda-supported-runtime';
import launchConfigurationHopLimit from './launch-configuration-hop-limit';
import launchConfigurationImdsv2 from './launch-configuration-imdsv2';
import launchTemplateHopLimit from './launch-template-hop-limit';
import launchTemplateImdsv2 from './launch-template-imdsv2';
import launchTemplateNitro from './launch-template-nitro';
import memorydbClusterMinorUpgrades from './memorydb-cluster-minor-upgrades';
import mqBrokerMinorUpgrades from './mq-broker-minor-upgrades';
import neptuneInstanceMinorUpgrades from './neptune-instance-minor-upgrades';
import opensearchAutoSoftwareUpdate from './opensearch-auto-software-update';
import rdsClusterMinorUpgrades from './rds-cluster-minor-upgrades';
import rdsInstanceMinorUpgrades from './rds-instance-minor-upgrades';
import redshiftVersionUpgrade from './redshift-version-upgrade';

/** In id order (SRM-PAT-001 ...). */
export const patchManagementRules: readonly Rule[] = [
  ec2InstanceManagedBySsm,
  autoscalingGroupManagedBySsm,
  ec2InstancePatched,
  autoscalingGroupPatched,
  ec2InstanceImdsv2,
  launchTemplateImdsv2,
  launchConfigurationImdsv2,
  launchTemplateHopLimit,
  launchConfigurationHopLimit,
  autoscalingGroupLaunchTemplate,
  rdsInstanceMinorUpgrades,
  rdsClusterMinorUpgrades,
  elasticacheClusterMinorUpgrades,
  elasticacheReplicationGroupMinorUpgrades,
  redshiftVersionUpgrade,
  mqBrokerMinorUpgrades,
  neptuneInstanceMinorUpgrades,
  memorydbClusterMinorUpgrades,
  lambdaSupportedRuntime,
  lambdaRuntimeUpdates,
  eksSupportedVersion,
  opensearchAutoSoftwareUpdate,
  elasticBeanstalkManagedUpdates,
  ecrImageScanning,
  ecrLifecyclePolicy,
  ecsTaskNonrootUser,
  ecsTaskHostNetworkUser,
  ecsFargatePlatformVersion,
  ec2InstanceNitro,
  launchTemplateNitro,
  ec2HostNitro,
  ec2FleetNitro,
  autoscalingGroupNitroOverrides,
];
