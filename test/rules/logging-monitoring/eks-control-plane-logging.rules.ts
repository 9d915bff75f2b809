import * as eks from 'aws-cdk-lib/aws-eks';
import rule from '../../../rules/logging-monitoring/eks-control-plane-logging';
import { testRule } from '../../support/rule-tester';

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
]);
