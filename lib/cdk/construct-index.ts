import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { MIN_REASON_LENGTH, type Acknowledgement } from '../engine/acknowledgements';
import { isL1, sourceFromCreationStack, type ResourceOrigin } from '../model/origin';
import type { StackModelProps } from '../model/stack';
import { TOOL_NAME } from '../version';

/** Where `Validations.of(c).acknowledge()` records acknowledgements on aws-cdk-lib versions that have it. */
const CDK_ACKNOWLEDGED_RULES = 'aws:cdk:acknowledged-rules';
const OUR_ID = /^SRM-(EAR|EIT|NET|BKP|REG|PAT|IAM|LOG)-\d{3}$/;

/**
 * Every CloudFormation resource of an app, found in one walk of the construct tree and keyed by
 * construct path. A template names each resource's path in its `aws:cdk:path` metadata, so a
 * resource is found without resolving logical ids; only a template written without path metadata
 * has its stack's logical ids resolved, once. Origins are computed on first request: most
 * resources of a large app are never shown to anyone.
 */
export class ConstructIndex {
  private readonly byPath = new Map<string, CfnResource>();
  private readonly byLogicalId = new Map<string, Map<string, CfnResource>>();
  private readonly inherited = new Map<IConstruct, readonly Acknowledgement[]>();
  private readonly originCache = new Map<CfnResource, ResourceOrigin>();
  readonly stacks: Stack[] = [];
  /** `Validations.of(c).acknowledge()` calls for our rules that are not valid: unknown id, short reason. */
  readonly invalidAcknowledgements: string[] = [];

  constructor(
    root: IConstruct,
    knownRuleIds: ReadonlySet<string> = new Set(),
    /** cdk-nag rule id → our rule ids, when acknowledgements of equivalent cdk-nag rules are honoured. */
    private readonly cdkNagEquivalents: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.visit(root, root.node.path, undefined, knownRuleIds);
  }

  /**
   * Pre-order, so a parent's acknowledgements are known before its children's. Paths are built
   * on the way down: `node.path` would walk every scope up to the app again for each construct.
   */
  private visit(construct: IConstruct, constructPath: string, fromParent: readonly Acknowledgement[] | undefined, knownRuleIds: ReadonlySet<string>): void {
    const own = this.ownAcknowledgements(construct, knownRuleIds);
    const inherited = own.length === 0 ? fromParent : fromParent ? [...fromParent, ...own] : own;
    if (inherited) this.inherited.set(construct, inherited);
    if (Stack.isStack(construct)) this.stacks.push(construct);
    else if (CfnResource.isCfnResource(construct)) this.byPath.set(constructPath, construct);
    for (const child of construct.node.children) {
      this.visit(child, constructPath === '' ? child.node.id : `${constructPath}/${child.node.id}`, inherited, knownRuleIds);
    }
  }

  /** The resource construct behind a logical id of a stack, by its construct path when the template names it. */
  resource(stackPath: string, logicalId: string, constructPath?: string): CfnResource | undefined {
    const byPath = constructPath === undefined ? undefined : this.byPath.get(constructPath);
    return byPath ?? this.logicalIdsOf(stackPath).get(logicalId);
  }

  /** What a stack model asks per resource: where it came from, and what acknowledges its findings. */
  lookupsFor(stackPath: string): Pick<StackModelProps, 'origins' | 'acknowledgements'> {
    return {
      origins: {
        get: (logicalId, constructPath) => {
          const construct = this.resource(stackPath, logicalId, constructPath);
          // A construct found by its path has that path: no need to walk its scopes for it again.
          const foundByPath = constructPath !== undefined && this.byPath.get(constructPath) === construct;
          return this.originOf(construct, foundByPath ? constructPath : undefined);
        },
      },
      acknowledgements: {
        get: (logicalId, constructPath) => {
          const construct = this.resource(stackPath, logicalId, constructPath);
          return construct ? this.inherited.get(construct) : undefined;
        },
      },
    };
  }

  /** Logical id → resource of one stack, by resolving logical ids: only for templates without path metadata. */
  private logicalIdsOf(stackPath: string): Map<string, CfnResource> {
    if (this.byLogicalId.size === 0) {
      for (const construct of this.byPath.values()) {
        const stack = Stack.of(construct);
        let resources = this.byLogicalId.get(stack.node.path);
        if (!resources) this.byLogicalId.set(stack.node.path, (resources = new Map()));
        resources.set(stack.resolve(construct.logicalId) as string, construct);
      }
    }
    return this.byLogicalId.get(stackPath) ?? new Map();
  }

  /** Construct path, L2 construct and source location of a resource; `constructPath` when the caller knows it. */
  private originOf(construct: CfnResource | undefined, constructPath?: string): ResourceOrigin | undefined {
    if (!construct) return undefined;
    let origin = this.originCache.get(construct);
    if (!origin) {
      const creation = construct.node.metadata.find((entry) => entry.type === 'aws:cdk:creationStack');
      const own = fqnOf(construct);
      const parent = construct.node.scope ? fqnOf(construct.node.scope) : undefined;
      origin = {
        constructPath: constructPath ?? construct.node.path,
        construct: !isL1(parent) && isL1(own) && !Stack.isStack(construct.node.scope) ? parent : own,
        source: sourceFromCreationStack(creation?.data),
      };
      this.originCache.set(construct, origin);
    }
    return origin;
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
}

const JSII_RTTI = Symbol.for('jsii.rtti');

/** The jsii type name of a construct, as tree.json records it. */
function fqnOf(construct: IConstruct): string | undefined {
  const rtti = (construct.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[JSII_RTTI];
  return rtti?.fqn;
}
