import type { Rule } from '../../lib/engine/rule';
import cloudtrailMultiRegionLogging from './cloudtrail-multi-region-logging';
import cloudtrailLogFileValidation from './cloudtrail-log-file-validation';
import cloudtrailCloudwatchLogs from './cloudtrail-cloudwatch-logs';
import cloudtrailEnabledInAccount from './cloudtrail-enabled-in-account';
import vpcFlowLogs from './vpc-flow-logs';
import s3BucketAccessLogging from './s3-bucket-access-logging';
import s3BucketEventNotifications from './s3-bucket-event-notifications';
import elbv2AccessLogs from './elbv2-access-logs';
import elbClassicAccessLogs from './elb-classic-access-logs';
import apigatewayStageAccessLogs from './apigateway-stage-access-logs';
import apigatewayStageExecutionLogging from './apigateway-stage-execution-logging';
import apigatewayStageXray from './apigateway-stage-xray';
import apigatewayv2StageAccessLogs from './apigatewayv2-stage-access-logs';
import cloudfrontAccessLogs from './cloudfront-access-logs';
import logGroupRetention from './log-group-retention';
import cloudwatchAlarmAction from './cloudwatch-alarm-action';
import cloudwatchAlarmActionsEnabled from './cloudwatch-alarm-actions-enabled';
import codebuildProjectLogging from './codebuild-project-logging';
import ec2LaunchTemplateDetailedMonitoring from './ec2-launch-template-detailed-monitoring';
import ec2InstanceDetailedMonitoring from './ec2-instance-detailed-monitoring';
import ecsClusterContainerInsights from './ecs-cluster-container-insights';
import ecsTaskDefinitionLogging from './ecs-task-definition-logging';
import elasticBeanstalkCloudwatchLogs from './elastic-beanstalk-cloudwatch-logs';
import elasticBeanstalkEnhancedHealth from './elastic-beanstalk-enhanced-health';
import neptuneClusterAuditLogs from './neptune-cluster-audit-logs';
import elasticsearchErrorLogs from './elasticsearch-error-logs';
import elasticsearchAuditLogs from './elasticsearch-audit-logs';
import opensearchErrorLogs from './opensearch-error-logs';
import opensearchAuditLogs from './opensearch-audit-logs';
import rdsInstanceEnhancedMonitoring from './rds-instance-enhanced-monitoring';
import rdsInstanceLogExports from './rds-instance-log-exports';
import rdsClusterLogExports from './rds-cluster-log-exports';
import redshiftClusterAuditLogging from './redshift-cluster-audit-logging';
import stepfunctionsLogging from './stepfunctions-logging';
import stepfunctionsXray from './stepfunctions-xray';
import appsyncApiLogging from './appsync-api-logging';
import eksControlPlaneLogging from './eks-control-plane-logging';
import wafv2WebAclLogging from './wafv2-web-acl-logging';
import mskBrokerLogs from './msk-broker-logs';
import lambdaFunctionXray from './lambda-function-xray';
import networkFirewallLogging from './network-firewall-logging';

export const loggingMonitoringRules: readonly Rule[] = [
  cloudtrailMultiRegionLogging,
  cloudtrailLogFileValidation,
  cloudtrailCloudwatchLogs,
  cloudtrailEnabledInAccount,
  vpcFlowLogs,
  s3BucketAccessLogging,
  s3BucketEventNotifications,
  elbv2AccessLogs,
  elbClassicAccessLogs,
  apigatewayStageAccessLogs,
  apigatewayStageExecutionLogging,
  apigatewayStageXray,
  apigatewayv2StageAccessLogs,
  cloudfrontAccessLogs,
  logGroupRetention,
  cloudwatchAlarmAction,
  cloudwatchAlarmActionsEnabled,
  codebuildProjectLogging,
  ec2LaunchTemplateDetailedMonitoring,
  ec2InstanceDetailedMonitoring,
  ecsClusterContainerInsights,
  ecsTaskDefinitionLogging,
  elasticBeanstalkCloudwatchLogs,
  elasticBeanstalkEnhancedHealth,
  neptuneClusterAuditLogs,
  elasticsearchErrorLogs,
  elasticsearchAuditLogs,
  opensearchErrorLogs,
  opensearchAuditLogs,
  rdsInstanceEnhancedMonitoring,
  rdsInstanceLogExports,
  rdsClusterLogExports,
  redshiftClusterAuditLogging,
  stepfunctionsLogging,
  stepfunctionsXray,
  appsyncApiLogging,
  eksControlPlaneLogging,
  wafv2WebAclLogging,
  mskBrokerLogs,
  lambdaFunctionXray,
  networkFirewallLogging,
];
