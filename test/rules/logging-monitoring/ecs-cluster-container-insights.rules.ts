import * as ecs from 'aws-cdk-lib/aws-ecs';
import rule from '../../../rules/logging-monitoring/ecs-cluster-container-insights';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::ECS::Cluster', Properties: properties } });

testRule(rule, [
  { name: 'enabled', resources: cluster({ ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] }), expect: 'addressed' },
  { name: 'enhanced', resources: cluster({ ClusterSettings: [{ Name: 'containerInsights', Value: 'enhanced' }] }), expect: 'addressed' },
  { name: 'absent', resources: cluster({}), expect: 'unaddressed' },
  { name: 'disabled', resources: cluster({ ClusterSettings: [{ Name: 'containerInsights', Value: 'disabled' }] }), expect: 'unaddressed' },
  { name: 'value from a parameter', parameters: { V: { Type: 'String' } }, resources: cluster({ ClusterSettings: [{ Name: 'containerInsights', Value: { Ref: 'V' } }] }), expect: 'needs-review' },
  { name: 'Cluster with enhanced insights', cdk: (stack) => void new ecs.CfnCluster(stack, 'Cluster', { clusterSettings: [{ name: 'containerInsights', value: 'enhanced' }] }), expect: 'addressed' },
  { name: 'Cluster (L2) with containerInsightsV2', cdk: (stack) => void new ecs.Cluster(stack, 'Cluster', { containerInsightsV2: ecs.ContainerInsights.ENABLED }), expect: 'addressed' },
  { name: 'Cluster defaults', cdk: (stack) => void new ecs.Cluster(stack, 'Cluster'), expect: 'unaddressed' },
]);
