import * as fs from 'fs';
import * as path from 'path';
import { loadCloudAssembly } from './cloud-assembly';
import { InputError } from './errors';
import type { StackEnvironment } from './intrinsics';
import { StackModel, type AppModel } from './stack';
import { describeFsError, readTemplateFile } from './template-file';

export interface LoadOptions {
  /** Environment assumed for plain templates, which carry none of their own. */
  readonly environment?: StackEnvironment;
  /** Told about files skipped while walking a directory of templates. */
  readonly onSkip?: (file: string, reason: string) => void;
}

const TEMPLATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template']);

/**
 * Loads what the user pointed at: cloud assembly directories (with `manifest.json`), template files,
 * or directories of templates. Stacks come back in a stable order whatever the order of the paths.
 */
export function loadApp(paths: readonly string[], options: LoadOptions = {}): AppModel {
  const stacks: StackModel[] = [];
  for (const input of paths) stacks.push(...loadPath(input, options));
  if (stacks.length === 0) {
    throw new InputError('no CloudFormation templates found', paths.join(', '));
  }
  // The same inputs in any order give the same report.
  stacks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set<string>();
  for (const stack of stacks) {
    if (ids.has(stack.id)) throw new InputError(`stack ${stack.id} is given more than once`, stack.templatePath);
    ids.add(stack.id);
  }
  return { stacks };
}

function loadPath(input: string, options: LoadOptions): StackModel[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (error) {
    throw new InputError(describeFsError(error), input);
  }
  if (stat.isFile()) return [templateStack(input, options)];
  if (!stat.isDirectory()) throw new InputError('neither a file nor a directory', input);
  if (fs.existsSync(path.join(input, 'manifest.json'))) return loadCloudAssembly(input);
  const files = templateFilesUnder(input);
  const stacks: StackModel[] = [];
  for (const file of files) {
    try {
      stacks.push(templateStack(file, options));
    } catch (error) {
      // Inside a directory, a file that is plainly no template is passed over, not fatal;
      // a template that cannot be read is still an error.
      if (error instanceof InputError && error.kind === 'not-a-template') {
        options.onSkip?.(file, error.message);
        continue;
      }
      throw error;
    }
  }
  if (stacks.length === 0) throw new InputError('the directory holds no CloudFormation templates', input);
  return stacks;
}

function templateStack(file: string, options: LoadOptions): StackModel {
  return new StackModel({
    id: path.normalize(file),
    name: path.basename(file),
    file: readTemplateFile(file),
    environment: options.environment ?? {},
  });
}

/** Template files under a directory, sorted, following symbolic links once each. */
function templateFilesUnder(root: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (directory: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(directory);
    } catch (error) {
      throw new InputError(describeFsError(error), directory);
    }
    if (visited.has(real)) return; // a symlink loop or a second way into the same folder
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      throw new InputError(describeFsError(error), directory);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link holds no template
        }
      }
      if (isDirectory) visit(full);
      else if (isFile && TEMPLATE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  visit(root);
  return found;
}
