import { classifyResource, type Classification } from '../categories';
import { descend, type Lookup } from './lookup';
import { memoizeBounded } from '../util/memoize';
import type { ResourceOrigin, SourceLocation } from './origin';
import { isJsonObject, type RawResource } from './raw-template';
import type { StackModel } from './stack';
import { ConditionalValue, ResourceReference, Unresolved, isPlainObject, type Resolved } from './values';

/** Rules read a few hundred distinct paths, millions of times in a large app: split each once. */
const segmentsOf = memoizeBounded((path): readonly string[] => path.split('.'), 10_000);

/**
 * One resource of a stack, read through the resolver.
 *
 * Properties are resolved lazily, one top-level property at a time, and cached: most rules read
 * two or three properties of a resource, and large templates have many properties no rule reads.
 */
export class ResourceModel {
  private readonly resolved = new Map<string, Resolved>();
  private cachedClassification?: Classification;

  constructor(
    readonly stack: StackModel,
    readonly logicalId: string,
    readonly raw: RawResource,
  ) {}

  get type(): string {
    return this.raw.Type;
  }

  /** The construct path from the CDK (`aws:cdk:path` metadata or the assembly manifest), when known. */
  get constructPath(): string | undefined {
    return this.pathMetadata ?? this.origin?.constructPath;
  }

  /** The construct path the CDK wrote into the resource's own metadata (`aws:cdk:path`), when it did. */
  get pathMetadata(): string | undefined {
    const path = this.raw.Metadata?.['aws:cdk:path'];
    return typeof path === 'string' ? path : undefined;
  }

  /** Construct path, L2 construct and source line, when the CDK recorded them: one lookup for all three. */
  get origin(): ResourceOrigin | undefined {
    return this.stack.originOf(this.logicalId);
  }

  /** The L2 construct that made the resource (its jsii type), when the CDK recorded it. */
  get construct(): string | undefined {
    return this.origin?.construct;
  }

  /** The line of the user's CDK code that created the resource, when the assembly has the trace. */
  get source(): SourceLocation | undefined {
    return this.origin?.source;
  }

  /** 1-based line of the resource in its template file, when known. */
  get line(): number | undefined {
    return this.stack.lineOf(this.logicalId);
  }

  /** The resource's `Condition`, whose value decides whether it exists at all. */
  get condition(): string | undefined {
    return typeof this.raw.Condition === 'string' ? this.raw.Condition : undefined;
  }

  get classification(): Classification {
    this.cachedClassification ??= classifyResource(this.type, (path) => this.get(path).value);
    return this.cachedClassification;
  }

  /** One top-level property, resolved. */
  property(name: string): Resolved {
    const cached = this.resolved.get(name);
    if (cached !== undefined || this.resolved.has(name)) return cached;
    const properties = this.raw.Properties;
    const raw = properties && Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
    const value = this.stack.resolver.resolve(raw);
    this.resolved.set(name, value);
    return value;
  }

  /** A property by dotted path under `Properties` (`A.B.0.C`); see {@link descend}. */
  get(path: string): Lookup {
    const segments = segmentsOf(path);
    return { path, value: segments.length === 1 ? this.property(path) : descend(this.property(segments[0]), segments, 1) };
  }

  /** A resource attribute such as `DeletionPolicy`, resolved like a property. */
  attribute(name: 'DeletionPolicy' | 'UpdateReplacePolicy'): Lookup {
    return { path: name, value: this.stack.resolver.resolve(this.raw[name]) };
  }

  /** Metadata entry by key (raw, metadata is not resolved by CloudFormation). */
  metadata(key: string): unknown {
    const metadata = this.raw.Metadata;
    return isJsonObject(metadata) && Object.prototype.hasOwnProperty.call(metadata, key) ? metadata[key] : undefined;
  }

  /**
   * Tags as key/value pairs, from the list form (`[{Key, Value}]`) most types use or the map form
   * some use. Unresolved when the tag list itself cannot be read.
   */
  tags(): Map<string, Resolved> | Unresolved {
    const tags = this.property('Tags');
    const result = new Map<string, Resolved>();
    if (tags === undefined) return result;
    if (tags instanceof Unresolved) return tags;
    if (tags instanceof ConditionalValue || tags instanceof ResourceReference) {
      return new Unresolved('Tags depend on a condition or another resource');
    }
    if (Array.isArray(tags)) {
      for (const tag of tags as readonly Resolved[]) {
        if (!isPlainObject(tag)) return new Unresolved('a tag is not a plain object');
        const key = tag.Key;
        if (typeof key !== 'string') return new Unresolved('a tag key is not known');
        result.set(key, tag.Value);
      }
    } else if (isPlainObject(tags)) {
      for (const key of Object.keys(tags)) result.set(key, tags[key]);
    }
    return result;
  }
}
