import type { Rule } from '../../lib/engine/rule';
import securityGroupHighRiskPorts from './security-group-high-risk-ports';
import securityGroupWorldIngressWebOnly from './security-group-world-ingress-web-only';
import rdsInstanceNotPublic from './rds-instance-not-public';
import s3BucketPublicAccessBlock from './s3-bucket-public-access-block';
import s3AccessPointPublicAccessBlock from './s3-access-point-public-access-block';
import elbClassicTlsPolicy from './elb-classic-tls-policy';
import ec2InstanceNoPublicIp from './ec2-instance-no-public-ip';
import ec2InstanceSingleNetworkInterface from './ec2-instance-single-network-interface';
import launchTemplateNoPublicIp from './launch-template-no-public-ip';
import subnetNoAutoPublicIp from './subnet-no-auto-public-ip';
import networkAclNoOpenAdminPorts from './network-acl-no-open-admin-ports';
import transitGatewayNoAutoAccept from './transit-gateway-no-auto-accept';
import autoscalingLaunchConfigurationNoPublicIp from './autoscaling-launch-configuration-no-public-ip';
import dmsReplicationInstanceNotPublic from './dms-replication-instance-not-public';
import ecsTaskDefinitionAwsvpc from './ecs-task-definition-awsvpc';
import ecsServiceNoPublicIp from './ecs-service-no-public-ip';
import eksEndpointNotPublic from './eks-endpoint-not-public';
import elasticacheCustomSubnetGroup from './elasticache-custom-subnet-group';
import lambdaPermissionNotPublic from './lambda-permission-not-public';
import lambdaFunctionInVpc from './lambda-function-in-vpc';
import lambdaUrlCorsRestricted from './lambda-url-cors-restricted';
import mskClusterNoPublicAccess from './msk-cluster-no-public-access';
import networkFirewallPolicyHasRuleGroups from './network-firewall-policy-has-rule-groups';
import networkFirewallPolicyDefaultAction from './network-firewall-policy-default-action';
import networkFirewallPolicyFragmentDefaultAction from './network-firewall-policy-fragment-default-action';
import networkFirewallStatelessRuleGroupNotEmpty from './network-firewall-stateless-rule-group-not-empty';
import opensearchDomainInVpc from './opensearch-domain-in-vpc';
import elasticsearchDomainInVpc from './elasticsearch-domain-in-vpc';
import rdsInstanceInVpc from './rds-instance-in-vpc';
import rdsNoDbSecurityGroups from './rds-no-db-security-groups';
import rdsInstanceNonDefaultPort from './rds-instance-non-default-port';
import rdsClusterNotPublic from './rds-cluster-not-public';
import redshiftClusterNotPublic from './redshift-cluster-not-public';
import redshiftEnhancedVpcRouting from './redshift-enhanced-vpc-routing';
import sagemakerNotebookNoDirectInternet from './sagemaker-notebook-no-direct-internet';
import sagemakerNotebookInVpc from './sagemaker-notebook-in-vpc';
import wafRegionalRuleNotEmpty from './waf-regional-rule-not-empty';
import wafRegionalWebAclNotEmpty from './waf-regional-web-acl-not-empty';
import wafGlobalRuleNotEmpty from './waf-global-rule-not-empty';
import wafGlobalWebAclNotEmpty from './waf-global-web-acl-not-empty';
import wafv2WebAclNotEmpty from './wafv2-web-acl-not-empty';
import wafv2RuleGroupNotEmpty from './wafv2-rule-group-not-empty';
import appsyncApiPrivate from './appsync-api-private';

export const networkExposureRules: readonly Rule[] = [
  securityGroupHighRiskPorts,
  securityGroupWorldIngressWebOnly,
  rdsInstanceNotPublic,
  s3BucketPublicAccessBlock,
  ec2InstanceNoPublicIp,
  ec2InstanceSingleNetworkInterface,
  launchTemplateNoPublicIp,
  subnetNoAutoPublicIp,
  networkAclNoOpenAdminPorts,
  transitGatewayNoAutoAccept,
  autoscalingLaunchConfigurationNoPublicIp,
  dmsReplicationInstanceNotPublic,
  ecsTaskDefinitionAwsvpc,
  ecsServiceNoPublicIp,
  eksEndpointNotPublic,
  elasticacheCustomSubnetGroup,
  lambdaPermissionNotPublic,
  lambdaFunctionInVpc,
  lambdaUrlCorsRestricted,
  mskClusterNoPublicAccess,
  networkFirewallPolicyHasRuleGroups,
  networkFirewallPolicyDefaultAction,
  networkFirewallPolicyFragmentDefaultAction,
  networkFirewallStatelessRuleGroupNotEmpty,
  opensearchDomainInVpc,
  elasticsearchDomainInVpc,
  rdsInstanceInVpc,
  rdsNoDbSecurityGroups,
  rdsInstanceNonDefaultPort,
  rdsClusterNotPublic,
  redshiftClusterNotPublic,
  redshiftEnhancedVpcRouting,
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookInVpc,
  wafRegionalRuleNotEmpty,
  wafRegionalWebAclNotEmpty,
  wafGlobalRuleNotEmpty,
  wafGlobalWebAclNotEmpty,
  wafv2WebAclNotEmpty,
  wafv2RuleGroupNotEmpty,
  appsyncApiPrivate,
  s3AccessPointPublicAccessBlock,
  elbClassicTlsPolicy,
];
