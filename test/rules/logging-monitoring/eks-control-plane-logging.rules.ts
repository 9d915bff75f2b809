import * as eks from 'aws-cdk-lib/aws-eks';
import rule from '../../../rules/logging-monitoring/eks-control-plane-logging';
import { testRule } from '../../support/rule-tester';
import { cdkEksClusterResource, classicEksCluster } from '../../support/cdk-eks';

const ALL = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];
const cluster = (types?: unknown) => ({ Cluster: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: 'r', ResourcesVpcConfig: { SubnetIds: ['s'] }, ...(types === undefined ? {} : { Logging: { ClusterLogging: { EnabledTypes: types } } }) } } });
const props = { roleArn: 'r', resourcesVpcConfig: { subnetIds: ['s'] } };

testRule(rule, [
  { name: 'all log types', resources: cluster(ALL.map((Type) => ({ Type }))), expect: 'addressed' },
  { name: 'no logging', resources: cluster(), expect: [{ status: 'unaddressed', message: /no control plane logs/ }] },
  { name: 'audit missing', resources: cluster([{ Type: 'api' }]), expect: [{ status: 'unaddressed', message: /audit/ }] },
  { name: 'types from a parameter', parameters: { T: { Type: 'String' } }, resources: cluster([{ Type: { Ref: 'T' } }]), expect: 'needs-review' },
  { name: 'CfnCluster with every log type', cdk: (stack) => void new eks.CfnCluster(stack, 'Cluster', { ...props, logging: { clusterLogging: { enabledTypes: ALL.map((type) => ({ type })) } } }), expect: 'addressed' },
  { name: 'CfnCluster defaults', cdk: (stack) => void new eks.CfnCluster(stack, 'Cluster', props), expect: 'unaddressed' },
  // The CDK's classic eks.Cluster: a custom resource whose Config is the EKS API request.
  { name: '[Custom::AWSCDK-EKS-Cluster] every type enabled', resources: cdkEksClusterResource({ logging: { clusterLogging: [{ enabled: true, types: ALL }] } }), expect: [{ status: 'addressed', propertyPath: 'Config.logging.clusterLogging' }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] types listed but disabled', resources: cdkEksClusterResource({ logging: { clusterLogging: [{ enabled: false, types: ALL }] } }), expect: [{ status: 'unaddressed', message: /no control plane logs/ }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] no logging', resources: cdkEksClusterResource({}), expect: 'unaddressed' },
  { name: '[Custom::AWSCDK-EKS-Cluster] types from a parameter', parameters: { T: { Type: 'CommaDelimitedList' } }, resources: cdkEksClusterResource({ logging: { clusterLogging: [{ enabled: true, types: { Ref: 'T' } }] } }), expect: 'needs-review' },
  { name: '[aws-eks] Cluster with api and audit only', cdk: (stack) => void classicEksCluster(stack, { clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT] }), expect: [{ status: 'unaddressed', message: /authenticator, controllerManager, scheduler/ }] },
  {
    name: '[aws-eks] Cluster with every log type',
    cdk: (stack) => void classicEksCluster(stack, { clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR, eks.ClusterLoggingTypes.CONTROLLER_MANAGER, eks.ClusterLoggingTypes.SCHEDULER] }),
    expect: 'addressed',
  },
]);
