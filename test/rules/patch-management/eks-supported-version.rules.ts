import * as eks from 'aws-cdk-lib/aws-eks-v2';
import rule from '../../../rules/patch-management/eks-supported-version';
import { testRule } from '../../support/rule-tester';
import { cdkEksClusterResource, classicEksCluster } from '../../support/cdk-eks';
import * as eksClassic from 'aws-cdk-lib/aws-eks';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::EKS::Cluster', Properties: { RoleArn: 'arn:aws:iam::1:role/eks', ResourcesVpcConfig: { SubnetIds: ['subnet-1'] }, ...properties } } });

testRule(rule, [
  { name: 'version in standard support', resources: cluster({ Version: '1.35' }), expect: [{ status: 'addressed', message: /standard support until 2027-03-27/ }] },
  { name: 'absent: EKS default version', resources: cluster({}), expect: 'addressed' },
  { name: 'version out of all support', resources: cluster({ Version: '1.27' }), expect: [{ status: 'unaddressed', message: /left EKS support/ }] },
  { name: 'version older than the calendar', resources: cluster({ Version: '1.21' }), expect: [{ status: 'unaddressed', message: /no longer supported/ }] },
  { name: 'parameter without default', parameters: { V: { Type: 'String' } }, resources: cluster({ Version: { Ref: 'V' } }), expect: 'needs-review' },
  { name: 'version past standard support, in extended support', resources: cluster({ Version: '1.32' }), expect: [{ status: 'unaddressed', message: /extended support|left EKS support/ }] },
  { name: '[aws-eks-v2] Cluster on an old version', cdk: (stack) => new eks.Cluster(stack, 'Cluster', { version: eks.KubernetesVersion.V1_25 }), expect: 'unaddressed' },
  { name: '[L1] CfnCluster on a current version', cdk: (stack) => new eks.CfnCluster(stack, 'Cluster', { roleArn: 'arn:aws:iam::1:role/eks', resourcesVpcConfig: { subnetIds: ['subnet-1'] }, version: '1.35' }), expect: 'addressed' },
  // The CDK's classic eks.Cluster: a custom resource whose Config is the EKS API request.
  { name: '[Custom::AWSCDK-EKS-Cluster] current version', resources: cdkEksClusterResource({ version: '1.35' }), expect: [{ status: 'addressed', propertyPath: 'Config.version' }] },
  { name: '[Custom::AWSCDK-EKS-Cluster] old version', resources: cdkEksClusterResource({ version: '1.25' }), expect: 'unaddressed' },
  { name: '[Custom::AWSCDK-EKS-Cluster] version from a parameter', parameters: { V: { Type: 'String' } }, resources: cdkEksClusterResource({ version: { Ref: 'V' } }), expect: 'needs-review' },
  { name: '[aws-eks] Cluster on 1.25', cdk: (stack) => void classicEksCluster(stack, { version: eksClassic.KubernetesVersion.V1_25 }), expect: 'unaddressed' },
]);
