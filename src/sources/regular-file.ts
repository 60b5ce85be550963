import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a path was not read: it isn't there, it isn't a plain file, or it is bigger than allowed. */
export type RegularFileResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' | 'not-regular' | 'too-large'; problem: string; size?: number };

export interface RegularFileOptions {
  maxBytes: number;
  /** Refuse a symbolic link instead of following it (sidecars, watched folders). */
  noFollow?: boolean;
}

/**
 * Read a path only if it is a regular file under a size cap. The file is opened non-blocking
 * and checked through its descriptor (fstat), so a FIFO can't hang the read, a link to
 * `/dev/zero` can't stream forever, and a path swapped between a check and the open is still
 * the thing checked. At most the stat'ed size is read, so a file growing meanwhile can't exceed the cap.
 */
export function readRegularFile(file: string, opts: RegularFileOptions): RegularFileResult {
  let fd: number;
  try {
    fd = openSync(
      file,
      constants.O_RDONLY | constants.O_NONBLOCK | (opts.noFollow ? constants.O_NOFOLLOW : 0),
    );
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return { ok: false, reason: 'not-regular', problem: 'is a symbolic link (not followed)' };
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { ok: false, reason: 'missing', problem: 'no such file' };
    return { ok: false, reason: 'not-regular', problem: `can't be opened (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isFIFO()
        ? 'a named pipe'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : stat.isSocket()
            ? 'a socket'
            : stat.isDirectory()
              ? 'a folder'
              : 'not a regular file';
      return { ok: false, reason: 'not-regular', problem: `is ${kind}, not a regular file` };
    }
    if (stat.size > opts.maxBytes) {
      return {
        ok: false,
        reason: 'too-large',
        problem: `is ${formatBytes(stat.size)}, over the ${formatBytes(opts.maxBytes)} limit`,
        size: stat.size,
      };
    }
    const buf = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < stat.size) {
      const n = readSync(fd, buf, offset, stat.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { ok: true, bytes: buf.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
