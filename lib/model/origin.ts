import * as path from 'path';

/** Where a resource came from in the user's CDK code. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

/** What the CDK knows about a resource beyond its template: construct path, L2 construct, source line. */
export interface ResourceOrigin {
  readonly constructPath?: string;
  /** The jsii type of the construct that made the resource, e.g. `aws-cdk-lib.aws_rds.DatabaseInstance`. */
  readonly construct?: string;
  readonly source?: SourceLocation;
}

// The location starts the frame or follows a space or "(", so "node:internal/..." is never read as a drive letter "e:".
const FRAME = /(?:^|[\s(])((?:[A-Za-z]:)?[^():]+):(\d+):(\d+)\)?$/;

/**
 * The user's source location from a CDK creation stack (`aws:cdk:creationStack` metadata): the
 * first frame that is not inside node_modules or Node itself, relative to the working directory.
 */
export function sourceFromCreationStack(frames: unknown, cwd = process.cwd()): SourceLocation | undefined {
  if (!Array.isArray(frames)) return undefined;
  for (const frame of frames) {
    if (typeof frame !== 'string') continue;
    const location = userFrame(frame, cwd);
    if (location) return location;
  }
  return undefined;
}

/**
 * A large app repeats the same few hundred frames in thousands of creation stacks: each is read
 * once per working directory. Keyed by the frame itself, so no key string is built per frame.
 */
const FRAMES = new Map<string, Map<string, SourceLocation | null>>();
let framesCached = 0;

/** The source location a frame names, when it is the user's code (not node_modules, not Node). */
function userFrame(frame: string, cwd: string): SourceLocation | undefined {
  let frames = FRAMES.get(cwd);
  if (!frames) FRAMES.set(cwd, (frames = new Map()));
  const known = frames.get(frame);
  if (known !== undefined) return known ?? undefined;
  const location = parseFrame(frame, cwd);
  if (framesCached < 50_000) {
    frames.set(frame, location ?? null);
    framesCached++;
  }
  return location;
}

function parseFrame(frame: string, cwd: string): SourceLocation | undefined {
  if (frame.startsWith('...')) return undefined;
  const match = FRAME.exec(frame.trim());
  if (!match) return undefined;
  const file = match[1].trim().replace(/^at /, '').replace(/^.*\(/, '');
  if (file.includes('node_modules') || file.startsWith('node:') || !file.includes('/')) return undefined;
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return { file: relative.split(path.sep).join('/'), line: Number(match[2]), column: Number(match[3]) };
}

/** An L2 construct (not the `Cfn*` L1 itself) that owns a resource, from a jsii fqn. */
export function isL1(fqn: string | undefined): boolean {
  return fqn === undefined || /\.Cfn[A-Z]/.test(fqn) || fqn.endsWith('.CfnResource');
}
