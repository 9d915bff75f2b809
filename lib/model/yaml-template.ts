import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { InputError } from './errors';
import type { Json } from './raw-template';

/**
 * Parses CloudFormation YAML, turning the short-form tags (`!Ref`, `!GetAtt`, `!Sub`, ...) into
 * their long JSON form. The document is walked node by node rather than through `toJS()` so that
 * every tag is accepted (the yaml library would drop unknown ones with a warning), aliases are
 * counted (a "billion laughs" alias bomb stops with an error instead of exhausting memory), and the
 * line of every resource is known for reports.
 */

/** Nodes produced by expanding aliases; the rest is bounded by the size of the file itself. */
const MAX_EXPANDED_NODES = 100_000;
const MAX_DEPTH = 500;

export interface ParsedYaml {
  readonly value: Json;
  /** 1-based line of each top-level key under `Resources`. */
  readonly resourceLines: Map<string, number>;
}

export function parseCloudFormationYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    throw new InputError(`not valid YAML: ${(error as Error).message}`, file);
  }
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0]?.line;
    throw new InputError(`not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`, file);
  }
  const converter = new YamlConverter(document, file);
  const value = converter.convert(document.contents as Node | null, 0);
  return { value, resourceLines: resourceLinesOf(document, lineCounter) };
}

class YamlConverter {
  private produced = 0;
  private insideAlias = 0;

  constructor(
    private readonly document: Document,
    private readonly file: string,
  ) {}

  convert(node: Node | null | undefined, depth: number): Json {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) throw new InputError(`nesting deeper than ${MAX_DEPTH} levels`, this.file);
    if (this.insideAlias > 0 && ++this.produced > MAX_EXPANDED_NODES) {
      throw new InputError('too many nodes after expanding YAML aliases (an alias bomb?)', this.file);
    }
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      if (!target) throw new InputError(`unknown YAML alias *${node.source}`, this.file);
      this.insideAlias++;
      try {
        return this.convert(target as Node, depth + 1);
      } finally {
        this.insideAlias--;
      }
    }
    const plain = this.convertUntagged(node, depth);
    const tag = node.tag;
    if (!tag || !tag.startsWith('!')) return plain;
    return shortFormToLongForm(tag, plain);
  }

  private convertUntagged(node: Node, depth: number): Json {
    if (isScalar(node)) return scalarToJson(node.value);
    if (isSeq(node)) return node.items.map((item) => this.convert(item as Node, depth + 1));
    if (isMap(node)) {
      const result = Object.create(null) as { [key: string]: Json };
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(this.convert(keyNode, depth + 1));
        Object.defineProperty(result, key, {
          value: this.convert(pair.value as Node | null, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    return null;
  }
}

function scalarToJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function shortFormToLongForm(tag: string, value: Json): Json {
  const name = tag.slice(1);
  switch (name) {
    case 'Ref':
      return { Ref: value };
    case 'Condition':
      return { Condition: value };
    case 'GetAtt':
      if (typeof value === 'string') {
        const dot = value.indexOf('.');
        return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
      }
      return { 'Fn::GetAtt': value };
    default:
      return { [`Fn::${name}`]: value };
  }
}

function resourceLinesOf(document: Document, lineCounter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  const root = document.contents;
  if (!isMap(root)) return lines;
  const resources = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'Resources');
  if (!resources || !isMap(resources.value)) return lines;
  for (const pair of resources.value.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  }
  return lines;
}
