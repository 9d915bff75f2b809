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

const FRAME = /\(?((?:[A-Za-z]:)?[^():]+):(\d+):(\d+)\)?$/;

/**
 * The user's source location from a CDK creation stack (`aws:cdk:creationStack` metadata): the
 * first frame that is not inside node_modules or Node itself, relative to the working directory.
 */
export function sourceFromCreationStack(frames: unknown, cwd = process.cwd()): SourceLocation | undefined {
  if (!Array.isArray(frames)) return undefined;
  for (const frame of frames) {
    if (typeof frame !== 'string' || frame.startsWith('...')) continue;
    const match = FRAME.exec(frame.trim());
    if (!match) continue;
    const file = match[1].trim().replace(/^at /, '').replace(/^.*\(/, '');
    if (file.includes('node_modules') || file.startsWith('node:') || !file.includes('/')) continue;
    const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
    return { file: relative.split(path.sep).join('/'), line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

/** An L2 construct (not the `Cfn*` L1 itself) that owns a resource, from a jsii fqn. */
export function isL1(fqn: string | undefined): boolean {
  return fqn === undefined || /\.Cfn[A-Z]/.test(fqn) || fqn.endsWith('.CfnResource');
}
