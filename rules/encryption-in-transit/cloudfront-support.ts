/** Reading a CloudFront distribution's behaviours, origins and viewer certificate. */
import type { Finding } from '../../lib/engine/rule';
import type { Lookup } from '../../lib/model/lookup';
import type { ResourceModel } from '../../lib/model/resource';
import { ConditionalValue, Unresolved, isPlainObject } from '../../lib/model/values';
import { isFinding, listOf } from './support';

export const CONFIG = 'DistributionConfig';

export interface Behaviour {
  readonly key: string;
  readonly path: string;
}

/** The default behaviour and every cache behaviour, as property paths. */
export function behavioursOf(distribution: ResourceModel): readonly Behaviour[] | Finding {
  const list = listOf(distribution.get(`${CONFIG}.CacheBehaviors`));
  if (isFinding(list)) return list;
  return [
    { key: 'default', path: `${CONFIG}.DefaultCacheBehavior` },
    ...list.map((behaviour, index) => ({
      key: isPlainObject(behaviour) && typeof behaviour.PathPattern === 'string' ? `path:${behaviour.PathPattern}` : `behavior-${index}`,
      path: `${CONFIG}.CacheBehaviors.${index}`,
    })),
  ];
}

/** Whether the distribution serves a certificate of its own (ACM or IAM) rather than *.cloudfront.net. */
export function customCertificate(distribution: ResourceModel): { lookup: Lookup; present: boolean | undefined } {
  // An unknown ARN is still a certificate of the customer's own; an unknown ViewerCertificate is not known at all.
  const viewer = distribution.get(`${CONFIG}.ViewerCertificate`);
  if (viewer.value instanceof Unresolved) return { lookup: viewer, present: undefined };
  const acm = distribution.get(`${CONFIG}.ViewerCertificate.AcmCertificateArn`);
  const iam = distribution.get(`${CONFIG}.ViewerCertificate.IamCertificateId`);
  const chosen = acm.value !== undefined ? acm : iam;
  if (chosen.value === undefined) return { lookup: acm, present: false };
  // A certificate from a parameter or import is still a certificate of the customer's own.
  if (chosen.value instanceof ConditionalValue) return { lookup: chosen, present: undefined };
  return { lookup: chosen, present: chosen.value !== '' };
}
