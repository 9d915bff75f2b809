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

/** Bytes gathered before each write: few system calls, and one buffer reused instead of one per write. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Chunk by chunk, so a large report never exists as one string (see jsonChunks). Chunks are
 * encoded straight into one reused buffer: encoding each string into a buffer of its own cost
 * more than the writing itself in the large heap of a CDK app.
 */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'wx');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    for (const chunk of chunks) {
      // UTF-8 needs at most 3 bytes per UTF-16 code unit, so a chunk within this bound always fits whole.
      const bound = chunk.length * 3;
      if (used + bound > WRITE_BUFFER_BYTES) {
        writeAll(fd, buffer, used);
        used = 0;
      }
      if (bound > WRITE_BUFFER_BYTES) writeAll(fd, Buffer.from(chunk, 'utf8'));
      else used += buffer.write(chunk, used, 'utf8');
    }
    writeAll(fd, buffer, used);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, buffer: Buffer, length = buffer.length): void {
  for (let written = 0; written < length; ) written += fs.writeSync(fd, buffer, written, length - written);
}
