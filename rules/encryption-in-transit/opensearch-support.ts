/** The same two checks on `AWS::OpenSearchService::Domain` and the older `AWS::Elasticsearch::Domain`. */
import { judge } from '../../lib/engine/findings';
import type { Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { requireTrue } from './support';

export function nodeToNodeFinding(domain: ResourceModel): Finding {
  return requireTrue(domain.get('NodeToNodeEncryptionOptions.Enabled'), {
    on: 'traffic between the domain\'s nodes is encrypted',
    off: 'node-to-node encryption is off',
    absent: 'NodeToNodeEncryptionOptions.Enabled is not set, so traffic between nodes is not encrypted',
  });
}

/** HTTPS enforced and a TLS 1.2 minimum policy: two findings, one per setting. */
export function httpsFindings(domain: ResourceModel): Finding[] {
  const https = requireTrue(domain.get('DomainEndpointOptions.EnforceHTTPS'), {
    on: 'the endpoint requires HTTPS',
    off: 'EnforceHTTPS is false, so the endpoint accepts plain HTTP',
    absent: 'EnforceHTTPS is not set, so the endpoint accepts plain HTTP',
  }, 'https');
  const policy = judge(domain.get('DomainEndpointOptions.TLSSecurityPolicy'), (value) => {
    if (value === undefined) return { ok: false, message: 'TLSSecurityPolicy is not set, so the endpoint accepts TLS 1.0 (Policy-Min-TLS-1-0-2019-07)' };
    if (typeof value !== 'string') return { review: 'TLSSecurityPolicy is not a string' };
    if (/^Policy-Min-TLS-1-[23]/.test(value)) return { ok: true, message: `${value} requires TLS 1.2 or later` };
    if (/^Policy-Min-TLS-1-[01]/.test(value)) return { ok: false, message: `${value} accepts TLS versions older than 1.2` };
    return { review: `${value} is not a policy this rule knows` };
  }, { key: 'tls-policy' });
  return [https, policy];
}

export const HTTPS_DOCS = {
  description: 'The domain endpoint accepts plain HTTP and old TLS versions unless the customer requires HTTPS with a TLS 1.2 policy.',
  addressedBy: '`DomainEndpointOptions.EnforceHTTPS: true` and `TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07` (or `Policy-Min-TLS-1-2-PFS-2023-10`).',
  default: 'Absent `EnforceHTTPS` means false and absent `TLSSecurityPolicy` means `Policy-Min-TLS-1-0-2019-07`: both unaddressed.',
};

export const NODE_DOCS = {
  description: 'Traffic between the nodes of a search domain is in plain text unless node-to-node encryption is on.',
  addressedBy: '`NodeToNodeEncryptionOptions.Enabled: true`.',
  default: 'Absent means off: unaddressed.',
};
