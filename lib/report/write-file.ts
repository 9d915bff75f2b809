import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../model/errors';

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, which
 * is then renamed over it, so a reader (or a crash) never sees half a report. Missing parent
 * directories are created.
 */
export function writeFileAtomic(target: string, content: string | Iterable<string>): void {
  const directory = path.dirname(path.resolve(target));
  const temporary = path.join(directory, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(directory, { recursive: true });
    if (typeof content === 'string') fs.writeFileSync(temporary, content, { flag: 'wx' });
    else writeChunks(temporary, content);
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

/** Chunk by chunk, so a large report never exists as one string (see jsonChunks); small pieces are gathered first. */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'wx');
  try {
    let pending = '';
    for (const chunk of chunks) {
      if (chunk.length < 1 << 16) {
        pending += chunk;
        if (pending.length < 1 << 16) continue;
        fs.writeSync(fd, pending);
        pending = '';
        continue;
      }
      if (pending.length > 0) fs.writeSync(fd, pending);
      pending = '';
      fs.writeSync(fd, chunk);
    }
    if (pending.length > 0) fs.writeSync(fd, pending);
  } finally {
    fs.closeSync(fd);
  }
}
