import * as fs from 'fs';
import { InputError } from './errors';
import { isJsonObject, type Json, type RawTemplate } from './raw-template';
import { parseCloudFormationYaml } from './yaml-template';

/** A parsed template file, with the line of each resource for reports that point into the file. */
export interface TemplateFile {
  readonly path: string;
  readonly template: RawTemplate;
  /** 1-based line of a resource's logical id in the file; undefined when unknown. */
  lineOf(logicalId: string): number | undefined;
}

export function readTemplateFile(path: string): TemplateFile {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(path);
  } catch (error) {
    throw new InputError(describeFsError(error), path);
  }
  return parseTemplateText(decodeUtf8(buffer, path), path);
}

export function parseTemplateText(text: string, path: string): TemplateFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new InputError('the file is empty', path);
  const looksLikeJson = /^\s*[{[]/.test(body);
  let value: Json;
  let yamlLines: Map<string, number> | undefined;
  if (looksLikeJson) {
    value = parseJson(body, path);
  } else {
    const parsed = parseCloudFormationYaml(body, path);
    value = parsed.value;
    yamlLines = parsed.resourceLines;
  }
  const template = asTemplate(value, path);
  let jsonLines: Map<string, number> | undefined;
  return {
    path,
    template,
    lineOf(logicalId: string) {
      if (yamlLines) return yamlLines.get(logicalId);
      jsonLines ??= jsonResourceLines(body, Object.keys(template.Resources));
      return jsonLines.get(logicalId);
    },
  };
}

function parseJson(text: string, path: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('JSON nested too deeply to read', path);
    throw new InputError(`not valid JSON: ${(error as Error).message}`, path);
  }
}

/** Checks the shape that makes a document a CloudFormation template, so rules can rely on it. */
export function asTemplate(value: Json, path: string): RawTemplate {
  if (!isJsonObject(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'empty' : `a ${typeof value}`;
    throw new InputError(`not a CloudFormation template: the document is ${kind}, not an object with Resources`, path, 'not-a-template');
  }
  const resources = value.Resources;
  if (resources === undefined) throw new InputError('not a CloudFormation template: no Resources section', path, 'not-a-template');
  if (!isJsonObject(resources)) throw new InputError('not a CloudFormation template: Resources is not an object', path, 'not-a-template');
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isJsonObject(resource) || typeof resource.Type !== 'string') {
      throw new InputError(`resource ${logicalId} has no Type`, path);
    }
    if (resource.Properties !== undefined && resource.Properties !== null && !isJsonObject(resource.Properties)) {
      throw new InputError(`resource ${logicalId}: Properties is not an object`, path);
    }
  }
  return value as unknown as RawTemplate;
}

/** Invalid UTF-8 is refused rather than read with replacement characters that could hide a value. */
function decodeUtf8(buffer: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new InputError('the file is not valid UTF-8 text', path);
  }
}

function jsonResourceLines(text: string, logicalIds: string[]): Map<string, number> {
  const lines = new Map<string, number>();
  const start = text.search(/"Resources"\s*:/);
  if (start < 0) return lines;
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  for (const logicalId of logicalIds) {
    const needle = JSON.stringify(logicalId);
    let at = text.indexOf(needle, start);
    while (at >= 0 && !/^\s*:\s*\{/.test(text.slice(at + needle.length, at + needle.length + 64))) {
      at = text.indexOf(needle, at + 1);
    }
    if (at >= 0) lines.set(logicalId, lineAt(at));
  }
  return lines;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (error as Error).message;
  }
}
