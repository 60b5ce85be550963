import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who holds a lease or a claim, written "host|pid|started|random": enough to name the holder in a
 * message and, on the same machine, to tell whether its process is gone (a kill -9 leaves its
 * leases and claims behind, and waiting for them to expire would delay a restart).
 */
export interface HolderParts {
  host: string;
  pid: number;
  /** When the holding process started (ms): tells a reused pid from the process that held it. */
  started: number;
}

/** This process's start, to the second. */
export const PROCESS_STARTED = Math.round((Date.now() - process.uptime() * 1000) / 1000) * 1000;

/** A new holder id for this process (each call gets its own random part). */
export function newHolderId(): string {
  return `${hostname()}|${process.pid}|${PROCESS_STARTED}|${randomUUID().slice(0, 8)}`;
}

export function parseHolder(id: string): HolderParts | null {
  const [host, pid, started] = id.split('|');
  const n = Number(pid);
  return host && Number.isInteger(n) && n > 0 ? { host, pid: n, started: Number(started) } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True only when the holder is known to be gone: a process on this machine that no longer runs,
 * or an earlier run that had this very pid (a container restarted as pid 1). A holder on another
 * machine is never known gone: its claims wait for their expiry.
 */
export function holderIsGone(id: string): boolean {
  const other = parseHolder(id);
  if (!other || other.host !== hostname()) return false;
  return other.pid === process.pid ? other.started !== PROCESS_STARTED : !isAlive(other.pid);
}
