import { judge } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { describeValue } from '../../../lib/model/values';
import { fail, pass, review } from './decide';

/** OpenSearch and Elasticsearch domains sit in a VPC exactly when `VPCOptions.SubnetIds` names subnets. */
export function checkDomainInVpc(domain: ResourceModel): Finding {
  return judge(domain.get('VPCOptions.SubnetIds'), (subnets) => {
    if (subnets === undefined) return fail('the domain has no VPCOptions subnets, so its endpoint is public');
    if (!Array.isArray(subnets)) return review(`VPCOptions.SubnetIds is ${describeValue(subnets)}, not a list`);
    return subnets.length > 0 ? pass(`the domain is in ${subnets.length} VPC subnet(s)`) : fail('VPCOptions.SubnetIds is empty, so the endpoint is public');
  });
}
