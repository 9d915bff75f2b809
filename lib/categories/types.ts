/**
 * The service categories of the AWS Shared Responsibility Model.
 *
 * The model draws the line between AWS and the customer at a different height for each kind of
 * service, so the category decides which duties a resource hands to the customer:
 *
 * - `infrastructure`: the customer runs the guest operating system and everything above it.
 * - `container`: AWS runs the operating system and the platform; the customer configures the
 *   service (network rules, encryption, backups, versions) and owns its data.
 * - `abstracted`: AWS runs everything up to and including the endpoint; the customer owns the data,
 *   who may reach it, and the encryption choices.
 * - `custom`: code the customer (or a third party) supplies runs on the customer's behalf, so
 *   nothing of what it does can be credited to AWS.
 */
export type ServiceCategory = 'infrastructure' | 'container' | 'abstracted' | 'custom';

/**
 * Where a classification came from. Reports show it so that a reader can tell a decision backed
 * by the resource's own properties from a default for its service, and can spot the resources the
 * table does not know yet (`unknown`) rather than trusting a guess.
 */
export type ClassificationBasis = 'namespace' | 'type' | 'refinement' | 'custom' | 'unknown';

export interface Classification {
  readonly category: ServiceCategory;
  readonly basis: ClassificationBasis;
  /** Why, in words for a report, e.g. 'ECS service on Fargate capacity'. */
  readonly reason?: string;
}
