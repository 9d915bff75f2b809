import { intrinsicName } from './intrinsics';
import type { Json, RawTemplate } from './raw-template';
import { addTo } from '../util/multimap';

/** One use of a resource by another: `source` refers to `target` at `path` (a dotted path under Properties). */
export interface ReferenceEdge {
  readonly source: string;
  readonly target: string;
  readonly path: string;
  /** The `Fn::GetAtt` attribute, when the reference is one. */
  readonly attribute?: string;
}

const NO_EDGES: readonly ReferenceEdge[] = Object.freeze([]);

/**
 * Who refers to whom inside one template, built in a single walk of all properties.
 *
 * Rules ask it for related resources (the policy of a bucket, the ingress rules of a group)
 * instead of scanning the stack, so each check stays O(1) in the size of the template.
 */
export class ReferenceIndex {
  private readonly incoming = new Map<string, ReferenceEdge[]>();
  private readonly outgoing = new Map<string, ReferenceEdge[]>();
  private readonly byType = new Map<string, string[]>();
  private walked = false;

  constructor(private readonly template: RawTemplate) {
    for (const logicalId of Object.keys(template.Resources)) {
      const type = template.Resources[logicalId].Type;
      addTo(this.byType, type, logicalId);
    }
  }

  /** The edges need a walk of every property value: done on the first question about them, once. */
  private edges(): void {
    if (this.walked) return;
    this.walked = true;
    const resources = this.template.Resources;
    const known = new Set(Object.keys(resources));
    for (const logicalId of known) {
      const properties = resources[logicalId].Properties;
      if (properties) this.walk(logicalId, properties, '', known, 0);
    }
  }

  /** Logical ids of every resource of a type, in template order. */
  ofType(type: string): readonly string[] {
    return this.byType.get(type) ?? [];
  }

  /** Edges pointing at `target`, optionally only from a given property path (prefix match on the first segment). */
  referrers(target: string, filter: { readonly property?: string } = {}): readonly ReferenceEdge[] {
    this.edges();
    const edges = this.incoming.get(target) ?? NO_EDGES;
    if (!filter.property) return edges;
    return edges.filter((edge) => edge.path === filter.property || edge.path.startsWith(`${filter.property}.`));
  }

  /** Edges leaving `source`. */
  references(source: string): readonly ReferenceEdge[] {
    this.edges();
    return this.outgoing.get(source) ?? NO_EDGES;
  }

  private add(edge: ReferenceEdge): void {
    addTo(this.incoming, edge.target, edge);
    addTo(this.outgoing, edge.source, edge);
  }

  /** `path` is the dotted path so far; intrinsic function names are not part of it. */
  private walk(source: string, node: Json, path: string, known: Set<string>, depth: number): void {
    if (depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) this.walk(source, node[index], path ? `${path}.${index}` : String(index), known, depth + 1);
      return;
    }
    const intrinsic = intrinsicName(node);
    if (intrinsic === 'Ref' && typeof node.Ref === 'string' && known.has(node.Ref)) {
      this.add({ source, target: node.Ref, path });
      return;
    }
    if (intrinsic === 'Fn::GetAtt') {
      const target = getAttTarget(node['Fn::GetAtt']);
      if (target && known.has(target.logicalId)) {
        this.add({ source, target: target.logicalId, path, attribute: target.attribute });
        return;
      }
    }
    if (intrinsic === 'Fn::Sub') {
      const args = node['Fn::Sub'];
      const text = typeof args === 'string' ? args : Array.isArray(args) && typeof args[0] === 'string' ? args[0] : undefined;
      if (text) {
        for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          const [logicalId, attribute] = match[1].trim().split('.', 2);
          if (known.has(logicalId)) this.add({ source, target: logicalId, path, attribute });
        }
      }
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (child !== null && typeof child === 'object') {
        this.walk(source, child, intrinsic ? path : path ? `${path}.${key}` : key, known, depth + 1);
      }
    }
  }
}

function getAttTarget(args: Json): { logicalId: string; attribute?: string } | undefined {
  if (typeof args === 'string') {
    const dot = args.indexOf('.');
    return dot > 0 ? { logicalId: args.slice(0, dot), attribute: args.slice(dot + 1) } : undefined;
  }
  if (Array.isArray(args) && typeof args[0] === 'string') {
    return { logicalId: args[0], attribute: typeof args[1] === 'string' ? args[1] : undefined };
  }
  return undefined;
}

