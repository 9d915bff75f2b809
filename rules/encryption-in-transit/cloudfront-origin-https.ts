import { judge } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { CONFIG, behavioursOf } from './cloudfront-support';
import { NIST_TRANSIT, isFinding, listOf } from './support';

export default defineRule({
  id: 'SRM-EIT-013',
  title: 'CloudFront encrypts traffic to custom origins',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED',
    securityHub: ['CloudFront.9'],
    controlTower: ['CT.CLOUDFRONT.PR.8'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'Between CloudFront and a custom origin the connection uses the protocol the customer configures, over the internet.',
    addressedBy: '`CustomOriginConfig.OriginProtocolPolicy: https-only`, or `match-viewer` when no behaviour allows viewers on HTTP.',
    default: '`OriginProtocolPolicy` is required for custom origins. S3 and VPC origins are out of scope.',
    fix: {
      cdk: 'new origins.HttpOrigin("api.example.com", { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY })',
      cloudformation: 'Set `OriginProtocolPolicy: https-only` in each `CustomOriginConfig`.',
    },
  },
  check(distribution) {
    const origins = listOf(distribution.get(`${CONFIG}.Origins`));
    if (isFinding(origins)) return origins;
    const custom = origins.flatMap((origin, index) => (isPlainObject(origin) && origin.CustomOriginConfig !== undefined ? [{ origin, index }] : []));
    if (custom.length === 0) return undefined;
    const behaviours = behavioursOf(distribution);
    // match-viewer is as strong as the weakest viewer policy of the distribution.
    const viewerHttp = isFinding(behaviours)
      ? undefined
      : behaviours.some((b) => distribution.get(`${b.path}.ViewerProtocolPolicy`).value === 'allow-all');
    return custom.map(({ origin, index }): Finding => {
      const name = typeof origin.Id === 'string' ? origin.Id : `origin-${index}`;
      return judge(distribution.get(`${CONFIG}.Origins.${index}.CustomOriginConfig.OriginProtocolPolicy`), (value) => {
        if (value === 'https-only') return { ok: true, message: `origin ${name} is reached over HTTPS only` };
        if (value === 'http-only') return { ok: false, message: `origin ${name} is reached over plain HTTP (http-only)` };
        if (value !== 'match-viewer') return { review: `origin ${name}: OriginProtocolPolicy is not a known value` };
        if (viewerHttp === undefined) return { review: `origin ${name} matches the viewer protocol, and the behaviours cannot be read` };
        return viewerHttp
          ? { ok: false, message: `origin ${name} matches the viewer protocol and a behaviour allows HTTP viewers` }
          : { ok: true, message: `origin ${name} matches the viewer protocol, and every behaviour requires HTTPS` };
      }, { key: name });
    });
  },
});
