import type { Classification } from './types';

/**
 * Custom resources of the CDK's own constructs that stand for an AWS resource rather than for
 * customer code: they are classified as the resource they create, not as `custom`.
 */
export const CDK_RESOURCE_STAND_INS: ReadonlyMap<string, Classification> = new Map<string, Classification>([
  [
    'Custom::AWSCDK-EKS-Cluster',
    { category: 'container', basis: 'type', reason: "the CDK's eks.Cluster creates its EKS cluster through this custom resource; AWS runs the control plane" },
  ],
]);
