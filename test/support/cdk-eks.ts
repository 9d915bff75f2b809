import { aws_eks as eks, aws_lambda as lambda, type Stack } from 'aws-cdk-lib';

/**
 * The CDK's classic `eks.Cluster` (aws-cdk-lib/aws-eks), which creates its cluster through the
 * `Custom::AWSCDK-EKS-Cluster` custom resource. It needs a kubectl layer; an imported one will do
 * for synthesis.
 */
export function classicEksCluster(stack: Stack, props: Partial<eks.ClusterProps> = {}): eks.Cluster {
  return new eks.Cluster(stack, 'Cluster', {
    version: eks.KubernetesVersion.V1_31,
    kubectlLayer: lambda.LayerVersion.fromLayerVersionArn(stack, 'Kubectl', 'arn:aws:lambda:eu-west-1:123456789012:layer:kubectl:1'),
    ...props,
  });
}

/** The custom resource as a template holds it: `Config` is the EKS CreateCluster request. */
export function cdkEksClusterResource(config: object): Record<string, object> {
  return {
    Cluster: {
      Type: 'Custom::AWSCDK-EKS-Cluster',
      Properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider', Config: { roleArn: 'arn:aws:iam::1:role/eks', resourcesVpcConfig: { subnetIds: ['subnet-1'] }, ...config } },
    },
  };
}
