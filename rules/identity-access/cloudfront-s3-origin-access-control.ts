import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { ConditionalValue, ResourceReference, Unresolved, describeValue, type Resolved, type ResolvedObject } from '../../lib/model/values';
import { itemsOf } from './lib/items';

/** S3 REST endpoints; website endpoints (`s3-website`) are custom origins that cannot use origin access control. */
const S3_REST_ENDPOINT = /\.s3(?:[.-](?!website)[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/i;
const BUCKET_DOMAIN_ATTRIBUTES = ['DomainName', 'RegionalDomainName', 'DualStackDomainName'];

function isS3Origin(distribution: ResourceModel, origin: ResolvedObject): boolean {
  if (origin.S3OriginConfig !== undefined) return true;
  const domain = origin.DomainName;
  if (typeof domain === 'string') return S3_REST_ENDPOINT.test(domain);
  if (domain instanceof ResourceReference && domain.attribute !== undefined && BUCKET_DOMAIN_ATTRIBUTES.includes(domain.attribute)) {
    return distribution.stack.resource(domain.logicalId)?.type === 'AWS::S3::Bucket';
  }
  return false;
}

function judgeOrigin(path: string, name: string, value: Resolved): Finding {
  const options = { propertyPath: `${path}.OriginAccessControlId`, key: name };
  if (value === undefined || value === '') {
    return unaddressed(`S3 origin ${name} has no origin access control: the bucket must admit unsigned reads or rely on a legacy origin access identity`, options);
  }
  if (value instanceof Unresolved || value instanceof ConditionalValue) return needsReview(`the origin access control of S3 origin ${name} cannot be resolved: ${describeValue(value)}`, options);
  if (value instanceof ResourceReference || typeof value === 'string') {
    return addressed(`S3 origin ${name} uses origin access control ${describeValue(value)}`, { ...options, evidence: { description: `${options.propertyPath} = ${describeValue(value)}`, propertyPath: options.propertyPath } });
  }
  return needsReview(`the origin access control of S3 origin ${name} is ${describeValue(value)}, not an id`, options);
}

export default defineRule({
  id: 'SRM-IAM-029',
  title: 'CloudFront S3 origins use origin access control',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_S3_ORIGIN_ACCESS_CONTROL_ENABLED',
    securityHub: ['CloudFront.13'],
    controlTower: ['CT.CLOUDFRONT.PR.10'],
    nist80053: ['SC-7(11)'],
    cdkNag: ['AwsSolutions-CFR7'],
  },
  docs: {
    description: 'Origin access control lets the bucket policy admit only signed requests from this distribution, so the bucket need not be readable by anyone else; the legacy origin access identity lacks SSE-KMS and newer-region support.',
    addressedBy: '`OriginAccessControlId` on every origin backed by S3 (an origin with `S3OriginConfig`, a bucket\'s domain name, or an S3 REST endpoint).',
    default: 'Without `OriginAccessControlId` CloudFront sends unsigned requests, so the bucket has to be public or rely on a legacy origin access identity: unaddressed. Distributions without S3 origins are not checked; S3 website endpoints are custom origins and cannot use origin access control.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } })',
      cloudformation: 'Create an AWS::CloudFront::OriginAccessControl (`OriginAccessControlOriginType: s3`, `SigningBehavior: always`) and set the origin\'s `OriginAccessControlId` to its `Id`, with `S3OriginConfig.OriginAccessIdentity: ""`.',
    },
  },
  check(distribution) {
    const findings: Finding[] = [];
    const legacy = distribution.get('DistributionConfig.S3Origin');
    if (legacy.value !== undefined) findings.push(unaddressed('the distribution uses the legacy S3Origin property, which cannot use origin access control', { propertyPath: legacy.path, key: 'S3Origin' }));
    const origins = itemsOf(distribution, 'DistributionConfig.Origins');
    if ('problem' in origins) return [...findings, origins.problem];
    for (const origin of origins.items) {
      if (!isS3Origin(distribution, origin.value)) continue;
      const name = typeof origin.value.Id === 'string' ? origin.value.Id : origin.path;
      findings.push(judgeOrigin(origin.path, name, origin.value.OriginAccessControlId));
    }
    return findings.length > 0 ? findings : undefined;
  },
});
