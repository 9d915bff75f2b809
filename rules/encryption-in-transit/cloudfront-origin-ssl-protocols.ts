import { judge } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { CONFIG } from './cloudfront-support';
import { isFinding, listOf } from './support';

const DEPRECATED = 'SSLv3';

export default defineRule({
  id: 'SRM-EIT-031',
  title: 'CloudFront does not offer SSLv3 to custom origins',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS',
    securityHub: ['CloudFront.10'],
    controlTower: ['CT.CLOUDFRONT.PR.11'],
    nist80053: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
  },
  docs: {
    description: 'The protocols CloudFront may negotiate with a custom origin are the customer\'s choice; SSLv3 is broken (POODLE) and lets an on-path attacker downgrade the edge-to-origin connection.',
    addressedBy: 'Every custom origin that CloudFront may reach over HTTPS lists `CustomOriginConfig.OriginSSLProtocols` without `SSLv3` (ideally only `TLSv1.2`).',
    default: 'Without `OriginSSLProtocols` CloudFront offers SSLv3 and TLSv1: unaddressed. Origins with `OriginProtocolPolicy: http-only` never use TLS and are out of scope here (SRM-EIT-013 flags them). S3 and VPC origins are out of scope.',
    fix: {
      cdk: 'new origins.HttpOrigin("api.example.com", { originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] })',
      cloudformation: 'Set `OriginSSLProtocols: [TLSv1.2]` in each `CustomOriginConfig`.',
    },
  },
  check(distribution) {
    const origins = listOf(distribution.get(`${CONFIG}.Origins`));
    if (isFinding(origins)) return origins;
    const findings = origins.flatMap((origin, index): Finding[] => {
      if (!isPlainObject(origin) || origin.CustomOriginConfig === undefined) return [];
      const name = typeof origin.Id === 'string' ? origin.Id : `origin-${index}`;
      const config = `${CONFIG}.Origins.${index}.CustomOriginConfig`;
      if (distribution.get(`${config}.OriginProtocolPolicy`).value === 'http-only') return [];
      return [
        judge(distribution.get(`${config}.OriginSSLProtocols`), (value) => {
          if (value === undefined) return { ok: false, message: `origin ${name} sets no OriginSSLProtocols, so CloudFront offers it SSLv3 and TLSv1` };
          if (!Array.isArray(value)) return { review: `origin ${name}: OriginSSLProtocols is not a list` };
          if (value.length === 0) return { ok: false, message: `origin ${name} lists no OriginSSLProtocols` };
          if (value.some((p) => typeof p !== 'string')) return { review: `origin ${name}: an origin SSL protocol cannot be resolved` };
          const protocols = value as readonly string[];
          return protocols.some((p) => p.toUpperCase() === DEPRECATED.toUpperCase())
            ? { ok: false, message: `origin ${name} still offers ${DEPRECATED} (${protocols.join(', ')})` }
            : { ok: true, message: `origin ${name} is reached with ${protocols.join(', ')} only` };
        }, { key: name }),
      ];
    });
    return findings.length > 0 ? findings : undefined;
  },
});
