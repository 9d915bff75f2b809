import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { decideNonEmpty } from './decide';

/** WAF rules need conditions (`Predicates`) and web ACLs and rule groups need rules (`Rules`), or they inspect nothing. */
export function checkWafNotEmpty(resource: ResourceModel, property: 'Predicates' | 'Rules', what: string): Finding {
  return decideNonEmpty(resource.get(property), what);
}
