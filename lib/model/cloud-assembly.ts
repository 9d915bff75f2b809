import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './errors';
import type { StackEnvironment } from './intrinsics';
import { isJsonObject, type Json, type JsonObject } from './raw-template';
import { isL1, sourceFromCreationStack, type ResourceOrigin, type SourceLocation } from './origin';
import { nestedStacksOf } from './nested-stacks';
import { StackModel } from './stack';
import { describeFsError, readTemplateFile } from './template-file';

/** Cloud assemblies nest through Stages; deeper than this is a loop, not an app. */
const MAX_NESTING = 32;

/** Loads every stack of a cloud assembly (`cdk.out`), including those of nested assemblies (Stages). */
export function loadCloudAssembly(directory: string): StackModel[] {
  const stacks: StackModel[] = [];
  visitAssembly(directory, stacks, new Set(), 0);
  return stacks;
}

function visitAssembly(directory: string, stacks: StackModel[], seen: Set<string>, depth: number): void {
  const manifestPath = path.join(directory, 'manifest.json');
  let real: string;
  try {
    real = fs.realpathSync(directory);
  } catch (error) {
    throw new InputError(describeFsError(error), directory);
  }
  if (seen.has(real) || depth > MAX_NESTING) throw new InputError('nested cloud assemblies refer to each other in a loop', manifestPath);
  seen.add(real);
  const manifest = readManifest(manifestPath);
  const artifacts = manifest.artifacts;
  if (artifacts === undefined) return;
  if (!isJsonObject(artifacts)) throw new InputError('artifacts is not an object', manifestPath);
  const tree = constructTypes(directory, artifacts, manifestPath);
  for (const artifactId of Object.keys(artifacts)) {
    const artifact = artifacts[artifactId];
    if (!isJsonObject(artifact)) continue;
    const properties = isJsonObject(artifact.properties) ? artifact.properties : {};
    if (artifact.type === 'aws:cloudformation:stack') {
      const templateFile = properties.templateFile;
      if (typeof templateFile !== 'string') throw new InputError(`stack ${artifactId} names no template file`, manifestPath);
      const file = readTemplateFile(insideAssembly(directory, templateFile, manifestPath));
      const stack = new StackModel({
          id: artifactId,
          name: typeof artifact.displayName === 'string' ? artifact.displayName : artifactId,
          deployName: typeof properties.stackName === 'string' ? properties.stackName : artifactId,
          file,
          environment: parseEnvironment(artifact.environment),
          origins: originsOf(artifactMetadata(directory, artifact, manifestPath), tree),
      });
      stacks.push(stack, ...nestedStacksOf(stack, directory));
    } else if (artifact.type === 'cdk:cloud-assembly') {
      const nested = properties.directoryName;
      if (typeof nested !== 'string') throw new InputError(`nested assembly ${artifactId} names no directory`, manifestPath);
      visitAssembly(insideAssembly(directory, nested, manifestPath), stacks, seen, depth + 1);
    }
  }
}

function readManifest(manifestPath: string): JsonObject {
  let text: string;
  try {
    text = fs.readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new InputError(describeFsError(error), manifestPath);
  }
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    throw new InputError(`not valid JSON: ${(error as Error).message}`, manifestPath);
  }
  if (!isJsonObject(value)) throw new InputError('not a cloud assembly manifest', manifestPath);
  return value;
}

/** A manifest names files relative to its directory; refuse names that climb out of it. */
function insideAssembly(directory: string, name: string, manifestPath: string): string {
  const resolved = path.resolve(directory, name);
  const root = path.resolve(directory);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) {
    throw new InputError(`refers to ${name}, outside the assembly directory`, manifestPath);
  }
  return resolved;
}

/** `aws://123456789012/eu-west-1`; `unknown-account`/`unknown-region` stand for environment-agnostic stacks. */
export function parseEnvironment(value: Json | undefined): StackEnvironment {
  if (typeof value !== 'string') return {};
  const match = /^aws:\/\/([^/]+)\/([^/]+)$/.exec(value);
  if (!match) return {};
  const [, account, region] = match;
  return {
    account: account === 'unknown-account' ? undefined : account,
    region: region === 'unknown-region' ? undefined : region,
  };
}

/**
 * Construct metadata lives in the manifest, or (since aws-cdk-lib 2.2xx) in a separate file named
 * by `additionalMetadataFile`; both are merged.
 */
function artifactMetadata(directory: string, artifact: JsonObject, manifestPath: string): JsonObject {
  const merged: JsonObject = isJsonObject(artifact.metadata) ? { ...artifact.metadata } : {};
  const extra = artifact.additionalMetadataFile;
  if (typeof extra !== 'string') return merged;
  const file = insideAssembly(directory, extra, manifestPath);
  const value = readManifest(file);
  for (const key of Object.keys(value)) {
    const existing = merged[key];
    const entries = value[key];
    merged[key] = Array.isArray(existing) && Array.isArray(entries) ? [...existing, ...entries] : entries;
  }
  return merged;
}

/**
 * The manifest maps construct paths to logical ids; rules want the reverse, with the L2 construct
 * (from tree.json) and the user's source line (from the creation stack) when recorded.
 */
function originsOf(metadata: Json | undefined, tree: ReadonlyMap<string, string>): Map<string, ResourceOrigin> {
  const origins = new Map<string, ResourceOrigin>();
  if (!isJsonObject(metadata)) return origins;
  for (const rawPath of Object.keys(metadata)) {
    const entries = metadata[rawPath];
    if (!Array.isArray(entries)) continue;
    let logicalId: string | undefined;
    let source: SourceLocation | undefined;
    for (const entry of entries) {
      if (!isJsonObject(entry)) continue;
      if (entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') logicalId = entry.data;
      if (entry.type === 'aws:cdk:creationStack') source = sourceFromCreationStack(entry.data);
    }
    if (!logicalId) continue;
    const constructPath = rawPath.replace(/^\//, '');
    const parentPath = constructPath.slice(0, constructPath.lastIndexOf('/'));
    const own = tree.get(constructPath);
    const parent = tree.get(parentPath);
    origins.set(logicalId, { constructPath, construct: !isL1(parent) && isL1(own) ? parent : own, source });
  }
  return origins;
}

/** Construct path → jsii type, from the assembly's tree.json when there is one; empty otherwise. */
function constructTypes(directory: string, artifacts: JsonObject, manifestPath: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const id of Object.keys(artifacts)) {
    const artifact = artifacts[id];
    if (!isJsonObject(artifact) || artifact.type !== 'cdk:tree' || !isJsonObject(artifact.properties)) continue;
    const file = artifact.properties.file;
    if (typeof file !== 'string') continue;
    let tree: JsonObject;
    try {
      tree = readManifest(insideAssembly(directory, file, manifestPath));
    } catch {
      return types; // the tree only adds detail; an assembly without a readable one is still checked
    }
    const stack: Json[] = [tree.tree ?? null];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!isJsonObject(node)) continue;
      const info = node.constructInfo;
      if (typeof node.path === 'string' && isJsonObject(info) && typeof info.fqn === 'string') types.set(node.path, info.fqn);
      if (isJsonObject(node.children)) for (const child of Object.values(node.children)) stack.push(child);
    }
  }
  return types;
}
