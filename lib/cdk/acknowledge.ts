import { Aspects, CfnResource, Stack, type IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ACKNOWLEDGEMENTS_METADATA_KEY, MIN_REASON_LENGTH, type Acknowledgement } from '../engine/acknowledgements';
import { ALL_RULES } from '../../rules';

export interface AcknowledgeOptions {
  /** The rule id, e.g. `SRM-BKP-001`. */
  readonly id: string;
  /** Why the duty is addressed elsewhere; at least 10 characters. */
  readonly reason: string;
  /**
   * Only the finding with this key (for rules that report several per resource: a port, a region).
   * @default - every finding of the rule
   */
  readonly key?: string;
}

const KNOWN_IDS = new Set(ALL_RULES.map((rule) => rule.id));
const RESERVED = /^SRM-(EAR|EIT|NET|BKP|REG|PAT|IAM|LOG)-000$/;

/**
 * Acknowledges a duty for a construct and its whole subtree, on any aws-cdk-lib version: the
 * acknowledgement is written into each resource's CloudFormation metadata (`cdk-srm:acknowledgements`),
 * so the CLI honours it on `cdk.out` as well as the plugin and the Aspect during synth.
 *
 * ```ts
 * acknowledge(backupVault, { id: 'SRM-BKP-003', reason: 'Backed up by the central backup account (AWS Backup org policy)' });
 * ```
 *
 * Throws, naming the construct, for an unknown rule id or a reason shorter than 10 characters.
 */
export function acknowledge(scope: IConstruct, options: AcknowledgeOptions): void {
  validate(scope, options);
  const entry: Acknowledgement = { id: options.id, reason: options.reason, ...(options.key ? { key: options.key } : {}), origin: scope.node.path || '(app)' };
  const aspect: IAspect = {
    visit(node: IConstruct) {
      if (CfnResource.isCfnResource(node)) addToMetadata(node, entry);
    },
  };
  Aspects.of(scope).add(aspect);
  if (Stack.isStack(scope)) {
    // Stack-level results (its region, account settings) have no resource to carry the metadata.
    const existing = (scope.templateOptions.metadata?.[ACKNOWLEDGEMENTS_METADATA_KEY] as Acknowledgement[] | undefined) ?? [];
    scope.templateOptions.metadata = { ...scope.templateOptions.metadata, [ACKNOWLEDGEMENTS_METADATA_KEY]: [...existing, entry] };
  }
}

function addToMetadata(resource: CfnResource, entry: Acknowledgement): void {
  const existing = resource.getMetadata(ACKNOWLEDGEMENTS_METADATA_KEY) as Acknowledgement[] | undefined;
  const list = Array.isArray(existing) ? existing : [];
  if (list.some((ack) => ack.id === entry.id && ack.key === entry.key)) return;
  resource.addMetadata(ACKNOWLEDGEMENTS_METADATA_KEY, [...list, entry]);
}

export function validate(scope: IConstruct, options: AcknowledgeOptions): void {
  const where = scope.node.path || '(app)';
  if (!KNOWN_IDS.has(options.id) && !RESERVED.test(options.id)) {
    throw new Error(`${where}: cannot acknowledge unknown rule id ${JSON.stringify(options.id)} (see \`cdk-srm rules\`)`);
  }
  if (typeof options.reason !== 'string' || options.reason.trim().length < MIN_REASON_LENGTH) {
    throw new Error(`${where}: acknowledging ${options.id} needs a reason of at least ${MIN_REASON_LENGTH} characters`);
  }
}
