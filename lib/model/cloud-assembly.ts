import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './errors';
import type { StackEnvironment } from './intrinsics';
import { isJsonObject, type Json, type JsonObject } from './raw-template';
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
  for (const artifactId of Object.keys(artifacts)) {
    const artifact = artifacts[artifactId];
    if (!isJsonObject(artifact)) continue;
    const properties = isJsonObject(artifact.properties) ? artifact.properties : {};
    if (artifact.type === 'aws:cloudformation:stack') {
      const templateFile = properties.templateFile;
      if (typeof templateFile !== 'string') throw new InputError(`stack ${artifactId} names no template file`, manifestPath);
      const file = readTemplateFile(insideAssembly(directory, templateFile, manifestPath));
      stacks.push(
        new StackModel({
          id: artifactId,
          name: typeof artifact.displayName === 'string' ? artifact.displayName : artifactId,
          file,
          environment: parseEnvironment(artifact.environment),
          constructPaths: constructPathsOf(artifactMetadata(directory, artifact, manifestPath)),
        }),
      );
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

/** The manifest maps construct paths to logical ids; rules want the reverse. */
function constructPathsOf(metadata: Json | undefined): Map<string, string> {
  const paths = new Map<string, string>();
  if (!isJsonObject(metadata)) return paths;
  for (const constructPath of Object.keys(metadata)) {
    const entries = metadata[constructPath];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (isJsonObject(entry) && entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') {
        paths.set(entry.data, constructPath.replace(/^\//, ''));
      }
    }
  }
  return paths;
}
