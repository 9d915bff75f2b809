import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { behavioursOf } from './cloudfront-support';
import { NIST_TRANSIT, isFinding } from './support';

export default defineRule({
  id: 'SRM-EIT-009',
  title: 'CloudFront behaviours require HTTPS from viewers',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_VIEWER_POLICY_HTTPS',
    securityHub: ['CloudFront.3'],
    controlTower: ['CT.CLOUDFRONT.PR.3'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'CloudFront serves each cache behaviour over the protocols the customer allows; `allow-all` lets viewers use plain HTTP.',
    addressedBy: '`ViewerProtocolPolicy: redirect-to-https` or `https-only` on the default behaviour and every cache behaviour.',
    default: '`ViewerProtocolPolicy` is required; the CDK `Distribution` defaults to `allow-all`.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS } })',
      cloudformation: 'Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) in `DefaultCacheBehavior` and every `CacheBehaviors` entry.',
    },
  },
  check(distribution) {
    const behaviours = behavioursOf(distribution);
    if (isFinding(behaviours)) return behaviours;
    return behaviours.map((behaviour) =>
      judge(distribution.get(`${behaviour.path}.ViewerProtocolPolicy`), (value) => {
        if (typeof value !== 'string') return { review: `${behaviour.key} behaviour: ViewerProtocolPolicy is not set to a known value` };
        if (value === 'redirect-to-https' || value === 'https-only') return { ok: true, message: `${behaviour.key} behaviour uses ${value}` };
        return value === 'allow-all'
          ? { ok: false, message: `${behaviour.key} behaviour allows viewers to use plain HTTP (allow-all)` }
          : { review: `${behaviour.key} behaviour: unknown ViewerProtocolPolicy ${value}` };
      }, { key: behaviour.key }),
    );
  },
});
