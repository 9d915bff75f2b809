import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { requireOn } from './checks';

/** OpenSearch Service and legacy Elasticsearch domains share `EncryptionAtRestOptions`. */
export function domainEncryption(domain: ResourceModel): Finding {
  return requireOn(domain.get('EncryptionAtRestOptions.Enabled'), {
    absent: false,
    on: 'domain data is encrypted at rest',
    off: 'domain data is not encrypted at rest',
    absentNote: 'EncryptionAtRestOptions.Enabled is not set, and the default is false',
  });
}
