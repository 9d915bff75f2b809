/**
 * Which deployed AWS Config rule evaluates a managed rule, judged by its NAME ONLY.
 *
 * The aggregator APIs (DescribeAggregateComplianceByConfigRules and friends) return rule names and
 * compliance, never the rule's source, so unlike the single-account path (DescribeConfigRules,
 * `Source.SourceIdentifier`) they cannot tell which managed rule a deployed rule runs. We go by the
 * naming conventions AWS uses when it creates managed rules:
 *
 * - the console's default name: the rule's name in the AWS Config managed rules list, which is the
 *   identifier in lower kebab case (S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED →
 *   `s3-bucket-server-side-encryption-enabled`) except for the few listed below;
 * - a rule deployed by a conformance pack: that name followed by `-conformance-pack-` and a
 *   generated suffix (the sample packs, and `cdk-srm conformance-pack`, use the default names);
 * - a rule Security Hub creates for a control: `securityhub-`, that name, and a generated suffix.
 *
 * A custom rule that happens to carry one of these names is taken for the managed rule, and a
 * managed rule deployed under a name of one's own is not found. Reports say so (README).
 */

/**
 * Managed rules whose name in the AWS Config managed rules list is not the identifier in kebab case
 * (each checked against its page in the AWS Config Developer Guide, "Identifier:" line).
 */
export const MANAGED_RULE_NAME_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  CLOUD_TRAIL_ENABLED: ['cloudtrail-enabled'],
  EC2_INSTANCE_MANAGED_BY_SSM: ['ec2-instance-managed-by-systems-manager'],
  INCOMING_SSH_DISABLED: ['restricted-ssh'],
  INSTANCES_IN_VPC: ['ec2-instances-in-vpc'],
  MULTI_REGION_CLOUD_TRAIL_ENABLED: ['multi-region-cloudtrail-enabled'],
  RESTRICTED_INCOMING_TRAFFIC: ['restricted-common-ports'],
};

/** How a deployed rule's name relates to the managed rule; also the order of preference. */
export type RuleNameOrigin = 'console' | 'conformance-pack' | 'security-hub';
const ORIGIN_ORDER: readonly RuleNameOrigin[] = ['console', 'conformance-pack', 'security-hub'];

/** A generated suffix: one token of letters and digits, no further hyphen. */
const SUFFIX = /^[a-z0-9]+$/;

/** The names AWS gives a managed rule by default: the kebab-case identifier and any documented exception. */
export function defaultRuleNames(identifier: string): string[] {
  const kebab = identifier.toLowerCase().replace(/_/g, '-');
  const exceptions = MANAGED_RULE_NAME_EXCEPTIONS[identifier] ?? [];
  return exceptions.includes(kebab) ? [...exceptions] : [...exceptions, kebab];
}

/** Whether a deployed rule name is one AWS would give the managed rule, and how; undefined when not. */
export function matchRuleName(ruleName: string, identifier: string): RuleNameOrigin | undefined {
  const name = ruleName.toLowerCase();
  for (const base of defaultRuleNames(identifier)) {
    if (name === base) return 'console';
    const pack = `${base}-conformance-pack-`;
    if (name.startsWith(pack) && SUFFIX.test(name.slice(pack.length))) return 'conformance-pack';
    const hub = `securityhub-${base}-`;
    if (name.startsWith(hub) && SUFFIX.test(name.slice(hub.length))) return 'security-hub';
  }
  return undefined;
}

/** The deployed rules that run a managed rule, by name, best first: console name, conformance pack, Security Hub. */
export function ruleNamesFor(identifier: string, deployedNames: Iterable<string>): string[] {
  const matches: { name: string; rank: number }[] = [];
  for (const name of new Set(deployedNames)) {
    const origin = matchRuleName(name, identifier);
    if (origin) matches.push({ name, rank: ORIGIN_ORDER.indexOf(origin) });
  }
  return matches.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((match) => match.name);
}
