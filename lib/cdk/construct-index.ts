import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { MIN_REASON_LENGTH, type Acknowledgement } from '../engine/acknowledgements';
import { isL1, sourceFromCreationStack, type ResourceOrigin } from '../model/origin';
import { TOOL_NAME } from '../version';

/** Where `Validations.of(c).acknowledge()` records acknowledgements on aws-cdk-lib versions that have it. */
const CDK_ACKNOWLEDGED_RULES = 'aws:cdk:acknowledged-rules';
const OUR_ID = /^SRM-(EAR|EIT|NET|BKP|REG|PAT|IAM|LOG)-\d{3}$/;

/** Every CloudFormation resource of an app, by stack path and logical id, found in one walk of the tree. */
export class ConstructIndex {
  private readonly byStack = new Map<string, Map<string, CfnResource>>();
  private readonly inherited = new Map<IConstruct, readonly Acknowledgement[]>();
  readonly stacks: Stack[] = [];
  /** `Validations.of(c).acknowledge()` calls for our rules that are not valid: unknown id, short reason. */
  readonly invalidAcknowledgements: string[] = [];

  constructor(
    root: IConstruct,
    knownRuleIds: ReadonlySet<string> = new Set(),
    /** cdk-nag rule id → our rule ids, when acknowledgements of equivalent cdk-nag rules are honoured. */
    private readonly cdkNagEquivalents: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    for (const construct of root.node.findAll()) {
      // findAll is pre-order: a parent's acknowledgements are known before its children's.
      const parent = construct.node.scope;
      const own = this.ownAcknowledgements(construct, knownRuleIds);
      const fromParent = parent ? this.inherited.get(parent) ?? [] : [];
      if (own.length > 0 || fromParent.length > 0) this.inherited.set(construct, [...fromParent, ...own]);
      if (Stack.isStack(construct)) {
        this.stacks.push(construct);
        continue;
      }
      if (!CfnResource.isCfnResource(construct)) continue;
      const stack = Stack.of(construct);
      const logicalId = stack.resolve(construct.logicalId) as string;
      let resources = this.byStack.get(stack.node.path);
      if (!resources) this.byStack.set(stack.node.path, (resources = new Map()));
      resources.set(logicalId, construct);
    }
  }

  resource(stackPath: string, logicalId: string): CfnResource | undefined {
    return this.byStack.get(stackPath)?.get(logicalId);
  }

  /** Acknowledgements that apply to each resource of a stack (its own and its ancestors'). */
  acknowledgements(stackPath: string): Map<string, readonly Acknowledgement[]> {
    const out = new Map<string, readonly Acknowledgement[]>();
    for (const [logicalId, construct] of this.byStack.get(stackPath) ?? []) {
      const acks = this.inherited.get(construct);
      if (acks) out.set(logicalId, acks);
    }
    return out;
  }

  private ownAcknowledgements(construct: IConstruct, knownRuleIds: ReadonlySet<string>): Acknowledgement[] {
    const out: Acknowledgement[] = [];
    for (const entry of construct.node.metadata) {
      if (entry.type !== CDK_ACKNOWLEDGED_RULES || typeof entry.data !== 'object' || entry.data === null) continue;
      for (const [qualified, reason] of Object.entries(entry.data as Record<string, unknown>)) {
        const id = qualified.startsWith(`${TOOL_NAME}::`) ? qualified.slice(TOOL_NAME.length + 2) : qualified;
        const equivalents = this.cdkNagEquivalents.get(qualified.replace(/^annotation::/i, ''));
        if (equivalents && typeof reason === 'string') {
          for (const ours of equivalents) out.push({ id: ours, reason: `${reason} (acknowledged as ${qualified.replace(/^annotation::/i, '')})`, origin: construct.node.path });
          continue;
        }
        if (!OUR_ID.test(id)) {
          if (qualified.startsWith(`${TOOL_NAME}::`)) this.invalidAcknowledgements.push(`${construct.node.path}: cannot acknowledge unknown rule id ${JSON.stringify(id)}`);
          continue; // another plugin's acknowledgement
        }
        if (knownRuleIds.size > 0 && !knownRuleIds.has(id) && !id.endsWith('-000')) {
          this.invalidAcknowledgements.push(`${construct.node.path}: cannot acknowledge unknown rule id ${JSON.stringify(id)}`);
          continue;
        }
        if (typeof reason !== 'string' || reason.trim().length < MIN_REASON_LENGTH) {
          this.invalidAcknowledgements.push(`${construct.node.path}: acknowledging ${id} needs a reason of at least ${MIN_REASON_LENGTH} characters`);
          continue;
        }
        out.push({ id, reason, origin: construct.node.path });
      }
    }
    return out;
  }

  /** Logical id → construct path, L2 construct and source location, for one stack. */
  origins(stackPath: string): Map<string, ResourceOrigin> {
    const origins = new Map<string, ResourceOrigin>();
    for (const [logicalId, construct] of this.byStack.get(stackPath) ?? []) {
      const creation = construct.node.metadata.find((entry) => entry.type === 'aws:cdk:creationStack');
      const own = fqnOf(construct);
      const parent = construct.node.scope ? fqnOf(construct.node.scope) : undefined;
      origins.set(logicalId, {
        constructPath: construct.node.path,
        construct: !isL1(parent) && isL1(own) && !Stack.isStack(construct.node.scope) ? parent : own,
        source: sourceFromCreationStack(creation?.data),
      });
    }
    return origins;
  }
}

const JSII_RTTI = Symbol.for('jsii.rtti');

/** The jsii type name of a construct, as tree.json records it. */
function fqnOf(construct: IConstruct): string | undefined {
  const rtti = (construct.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[JSII_RTTI];
  return rtti?.fqn;
}
