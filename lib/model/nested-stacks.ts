import * as fs from 'fs';
import * as path from 'path';
import { InputError } from './errors';
import { StackModel, type StackModelProps } from './stack';
import { readTemplateFile } from './template-file';
import { ResourceReference, isPlainObject, type Resolved } from './values';

const NESTING_LIMIT = 10;

/**
 * The nested stacks of a stack (`AWS::CloudFormation::Stack` resources whose child template the CDK
 * wrote into the assembly, named by `aws:asset:path` metadata), recursively. Each child gets the
 * parameter values its parent passes, so a reference into the parent resolves instead of being lost.
 */
export function nestedStacksOf(
  parent: StackModel,
  directory: string,
  extras: (stackName: string) => Pick<StackModelProps, 'origins' | 'acknowledgements'> = () => ({}),
  depth = 0,
  /** Asset manifests of the directory, read on first need and only for this walk: a later synth into the same directory must not see stale hashes. */
  assets: { files?: Map<string, string> } = {},
): StackModel[] {
  if (depth >= NESTING_LIMIT) return [];
  const children: StackModel[] = [];
  for (const resource of parent.resourcesOfType('AWS::CloudFormation::Stack')) {
    const asset = templateAssetOf(resource.metadata('aws:asset:path'), resource.raw.Properties?.TemplateURL, directory, assets);
    if (asset === undefined) continue; // not a CDK nested stack: reported as unexpanded by the parent
    const file = path.resolve(directory, asset);
    if (!file.startsWith(path.resolve(directory) + path.sep)) throw new InputError(`nested stack ${resource.logicalId} names ${asset}, outside the assembly`, parent.templatePath);
    if (!fs.existsSync(file)) throw new InputError(`the template of nested stack ${resource.logicalId} is missing from the assembly`, file);
    parent.markNestedLoaded(resource.logicalId);
    const name = resource.constructPath?.replace(/\.NestedStack\/[^/]+$/, '') ?? `${parent.name}/${resource.logicalId}`;
    const child = new StackModel({
      ...extras(name),
      id: `${parent.id}/${resource.logicalId}`,
      name,
      file: readTemplateFile(file),
      environment: parent.environment,
      parameterValues: passedParameters(parent, resource.logicalId),
      parent: { stack: parent, logicalId: resource.logicalId },
    });
    children.push(child, ...nestedStacksOf(child, directory, extras, depth + 1, assets));
  }
  return children;
}

export function passedParameters(parent: StackModel, logicalId: string): Map<string, Resolved> {
  const values = new Map<string, Resolved>();
  const parameters = parent.resource(logicalId)?.property('Parameters');
  if (!isPlainObject(parameters)) return values;
  for (const name of Object.keys(parameters)) {
    const value = parameters[name];
    // A reference to a parent resource must keep saying which stack it lives in.
    values.set(name, value instanceof ResourceReference && !value.stackId ? new ResourceReference(value.logicalId, value.attribute, parent.id) : value);
  }
  return values;
}

/**
 * The child template's file: named by `aws:asset:path` metadata when the CDK wrote asset metadata,
 * otherwise found through the asset manifests by the content hash in the `TemplateURL`.
 */
function templateAssetOf(metadata: unknown, templateUrl: unknown, directory: string, assets: { files?: Map<string, string> }): string | undefined {
  if (typeof metadata === 'string' && metadata.endsWith('.json')) return metadata;
  const hash = /([a-f0-9]{64})\.json/.exec(JSON.stringify(templateUrl ?? ''))?.[1];
  if (!hash) return undefined;
  assets.files ??= assetFiles(directory);
  return assets.files.get(hash);
}

/** Asset hash → file in the assembly, from every `*.assets.json` of a directory. */
function assetFiles(directory: string): Map<string, string> {
  const files = new Map<string, string>();
  let names: string[] = [];
  try {
    names = fs.readdirSync(directory).filter((name) => name.endsWith('.assets.json'));
  } catch {
    // no listing, no nested templates to find
  }
  for (const name of names) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as { files?: Record<string, { source?: { path?: unknown } }> };
      for (const [hash, entry] of Object.entries(manifest.files ?? {})) {
        if (typeof entry?.source?.path === 'string') files.set(hash, entry.source.path);
      }
    } catch {
      // an unreadable asset manifest only hides nested templates; the stacks themselves still load
    }
  }
  return files;
}
