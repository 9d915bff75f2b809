import type { ResourceModel } from '../model/resource';
import type { StackModel } from '../model/stack';

/**
 * A duty the customer addresses elsewhere (an SCP, a central backup account, a firewall appliance),
 * said so with a reason. Stored in CloudFormation metadata under {@link ACKNOWLEDGEMENTS_METADATA_KEY}
 * (on a resource, or on the template for the whole stack) so the CLI honours it on `cdk.out` too.
 */
export interface Acknowledgement {
  /** The rule id, e.g. `SRM-NET-001`. */
  readonly id: string;
  readonly reason: string;
  /** Narrows it to one finding of a rule that reports several per resource (a port, a region). */
  readonly key?: string;
  /** Where it was written, for stale warnings: a construct path or `stack` / logical id. */
  readonly origin?: string;
}

export const ACKNOWLEDGEMENTS_METADATA_KEY = 'cdk-srm:acknowledgements';
export const MIN_REASON_LENGTH = 10;

/** Reads acknowledgements from a metadata value, ignoring entries that are not well-formed. */
export function parseAcknowledgements(value: unknown, origin: string): Acknowledgement[] {
  if (!Array.isArray(value)) return [];
  const out: Acknowledgement[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, reason, key, origin: written } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || typeof reason !== 'string') continue;
    // One acknowledge() call on a subtree writes the same entry into every resource under it; its
    // recorded origin makes them one acknowledgement, used when any of them matches.
    out.push({ id, reason, key: typeof key === 'string' ? key : undefined, origin: typeof written === 'string' ? written : origin });
  }
  return out;
}

function identity(ack: Acknowledgement): string {
  return `${ack.origin}\u0000${ack.id}\u0000${ack.key ?? ''}`;
}

/** Tracks which acknowledgements matched something, so the unused ones can be reported as stale. */
export class AcknowledgementLedger {
  private readonly used = new Set<Acknowledgement>();
  private readonly seen = new Map<Acknowledgement, string>();
  /** Parsed once per stack: every resource of the stack shares the same objects. */
  private readonly ofStack = new WeakMap<StackModel, Acknowledgement[]>();

  /** Acknowledgements that apply to a resource: its own, the stack's, and any the CDK adapter supplied. */
  forResource(resource: ResourceModel): Acknowledgement[] {
    const own = parseAcknowledgements(resource.metadata(ACKNOWLEDGEMENTS_METADATA_KEY), resource.constructPath ?? resource.logicalId);
    const ofStack = this.forStack(resource.stack);
    const external = resource.stack.externalAcknowledgements(resource.logicalId);
    // Most resources have none of their own: share the stack's list instead of copying it per resource.
    if (own.length === 0 && external.length === 0) return ofStack;
    return this.register(resource.stack, [...own, ...ofStack, ...external]);
  }

  forStack(stack: StackModel): Acknowledgement[] {
    let acknowledgements = this.ofStack.get(stack);
    if (!acknowledgements) {
      const metadata = stack.template.Metadata;
      const value = metadata && Object.prototype.hasOwnProperty.call(metadata, ACKNOWLEDGEMENTS_METADATA_KEY) ? metadata[ACKNOWLEDGEMENTS_METADATA_KEY] : undefined;
      acknowledgements = this.register(stack, parseAcknowledgements(value, stack.name));
      this.ofStack.set(stack, acknowledgements);
    }
    return acknowledgements;
  }

  /** The first acknowledgement matching a rule id and finding key. */
  match(acknowledgements: readonly Acknowledgement[], ruleId: string, key: string | undefined): Acknowledgement | undefined {
    const found = acknowledgements.find((ack) => ack.id === ruleId && (ack.key === undefined || ack.key === key));
    if (found) this.used.add(found);
    return found;
  }

  stale(): { acknowledgement: Acknowledgement; stack: string }[] {
    // A subtree acknowledgement is parsed once per resource under it; one use of any copy counts.
    const usedAnywhere = new Set([...this.used].map(identity));
    const out: { acknowledgement: Acknowledgement; stack: string }[] = [];
    const reported = new Set<string>();
    for (const [ack, stack] of this.seen) {
      if (this.used.has(ack) || usedAnywhere.has(identity(ack))) continue;
      const signature = `${stack}\u0000${identity(ack)}`;
      if (reported.has(signature)) continue;
      reported.add(signature);
      out.push({ acknowledgement: ack, stack });
    }
    return out;
  }

  private register(stack: StackModel, acknowledgements: Acknowledgement[]): Acknowledgement[] {
    for (const ack of acknowledgements) if (!this.seen.has(ack)) this.seen.set(ack, stack.name);
    return acknowledgements;
  }
}
