/** Shared reading of instance metadata options (not a rule). */
import { needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import { requireAtMost, requireOneOf } from './support';

/** `HttpTokens: required` turns off IMDSv1; absent leaves it on (unless the AMI or account default says otherwise). */
export function requireTokens(lookup: Lookup, where: string): Finding {
  return requireOneOf(lookup, ['required'], {
    on: `${where} requires IMDSv2 session tokens`,
    off: (value) => `${where} sets HttpTokens to ${value}, so IMDSv1 stays available`,
    absent: { ok: false, message: `${where} does not set MetadataOptions.HttpTokens, so IMDSv1 stays available unless the AMI or the account default requires tokens` },
  });
}

/** A hop limit above 1 lets the IMDSv2 token leave the instance (to containers or forwarded traffic). */
export function requireSingleHop(lookup: Lookup, where: string): Finding {
  return requireAtMost(lookup, 1, 1, (value, absent) =>
    absent ? `${where} keeps the default metadata hop limit of 1` : value <= 1 ? `${where} limits the metadata token to ${value} hop` : `${where} lets the metadata token travel ${value} hops`,
  );
}

export function missingSource(reason: string): Finding {
  return needsReview(reason, { propertyPath: 'LaunchTemplate' });
}
