import * as eks from 'aws-cdk-lib/aws-eks';
import rule from '../../../rules/network-exposure/eks-endpoint-not-public';
import { testRule } from '../../support/rule-tester';
import { cdkEksClusterResource, classicEksCluster } from '../../support/cdk-eks';

const cluster = (vpcConfig: object) => ({ C: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: 'arn:aws:iam::1:role/eks', ResourcesVpcConfig: { SubnetIds: ['subnet-1'], ...vpcConfig } } } });

testRule(rule, [
  { name: 'private endpoint', resources: cluster({ EndpointPublicAccess: false, EndpointPrivateAccess: true }), expect: 'addressed' },
  { name: 'absent: public', resources: cluster({}), expect: [{ status: 'unaddressed', message: /public \(from 0.0.0.0\/0\)/ }] },
  { name: 'public, narrowed CIDRs', resources: cluster({ EndpointPublicAccess: true, PublicAccessCidrs: ['203.0.113.0/24'] }), expect: [{ status: 'unaddressed', message: /203.0.113.0/ }] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: cluster({ EndpointPublicAccess: { Ref: 'P' } }), expect: 'needs-review' },
  {
    name: 'CfnCluster private',
    cdk: (stack) => void new eks.CfnCluster(stack, 'C', { roleArn: 'arn:aws:iam::1:role/eks', resourcesVpcConfig: { subnetIds: ['s-1'], endpointPublicAccess: false, endpointPrivateAccess: true } }),
    expect: 'addressed',
  },
  { name: 'CfnCluster default', cdk: (stack) => void new eks.CfnCluster(stack, 'C', { roleArn: 'arn:aws:iam::1:role/eks', resourcesVpcConfig: { subnetIds: ['s-1'] } }), expect: 'unaddressed' },
  // The CDK's classic eks.Cluster: a custom resource whose Config is the EKS API request.
  { name: '[Custom::AWSCDK-EKS-Cluster] private', resources: cdkEksClusterResource({ resourcesVpcConfig: { subnetIds: ['s'], endpointPublicAccess: false, endpointPrivateAccess: true } }), expect: [{ status: 'addressed', propertyPath: 'Config.resourcesVpcConfig.endpointPublicAccess' }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] public to some CIDRs', resources: cdkEksClusterResource({ resourcesVpcConfig: { subnetIds: ['s'], endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } }), expect: [{ status: 'unaddressed', message: /203.0.113.0/ }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] from a parameter', parameters: { P: { Type: 'String' } }, resources: cdkEksClusterResource({ resourcesVpcConfig: { subnetIds: ['s'], endpointPublicAccess: { Ref: 'P' } } }), expect: 'needs-review' },
  { name: '[aws-eks] Cluster, private endpoint', cdk: (stack) => void classicEksCluster(stack, { endpointAccess: eks.EndpointAccess.PRIVATE }), expect: 'addressed' },
  { name: '[aws-eks] Cluster, default endpoint access (public and private)', cdk: (stack) => void classicEksCluster(stack), expect: 'unaddressed' },
]);
