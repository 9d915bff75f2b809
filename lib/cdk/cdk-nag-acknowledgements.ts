import type { IConstruct } from 'constructs';

const ACKNOWLEDGED_RULES = 'aws:cdk:acknowledged-rules';

/**
 * Rule ids acknowledged on a construct or its ancestors through `Validations.of(c).acknowledge()`,
 * as cdk-nag v3 reads them (aws-cdk-lib before 2.262.1 prefixed them with `annotation::`).
 */
export function cdkNagAcknowledgementsOf(construct: IConstruct): Set<string> {
  const ids = new Set<string>();
  let current: IConstruct | undefined = construct;
  while (current) {
    for (const entry of current.node.metadata) {
      if (entry.type !== ACKNOWLEDGED_RULES || typeof entry.data !== 'object' || entry.data === null) continue;
      for (const key of Object.keys(entry.data as object)) ids.add(key.replace(/^annotation::/i, ''));
    }
    current = current.node.scope;
  }
  return ids;
}
