import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../model/errors';

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, which
 * is then renamed over it, so a reader (or a crash) never sees half a report. Missing parent
 * directories are created.
 */
export function writeFileAtomic(target: string, content: string): void {
  const directory = path.dirname(path.resolve(target));
  const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing left to clean
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new InputError(`cannot write output: ${reason}`, target);
  }
}
