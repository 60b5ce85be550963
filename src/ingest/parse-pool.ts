import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseOptions } from '../engine/pipeline.js';
import type { ArticleInput, ParsedArticle } from '../engine/schema.js';
import { type ParseRequest, type ParseResponse, ParseResponseEnvelope } from './parse-messages.js';

/** The bootstrap that registers tsx in the worker thread, then loads parse-worker.ts. */
const WORKER_FILE = new URL('./parse-worker.mjs', import.meta.url);

interface Task {
  request: ParseRequest;
  resolve: (parsed: ParsedArticle) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

export class ParsePoolClosedError extends Error {}

/**
 * Article parsing off the main thread. The pipeline is synchronous CPU work: a long article
 * parsed on the event loop would hold up health checks, commands and deliveries for as long as
 * it takes. Workers (one per core by default) are started on first use and kept; tasks queue
 * when all are busy. A worker that dies fails only its own task and is replaced.
 */
export class ParsePool {
  private readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
  }

  parse(input: ArticleInput, options: ParseOptions = {}): Promise<ParsedArticle> {
    if (this.closed) return Promise.reject(new ParsePoolClosedError('the parse pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, input, options }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stop every worker; queued and running parses are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0))
      task.reject(new ParsePoolClosedError('the parse pool is closed'));
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.task?.reject(new ParsePoolClosedError('the parse pool is closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      // Busy, the worker keeps the process alive until its answer is in; idle, it doesn't.
      slot.worker.ref();
      slot.worker.postMessage(task.request);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_FILE);
    const slot: Slot = { worker, task: null };
    worker.on('message', (message: unknown) => {
      const task = slot.task;
      slot.task = null;
      // An idle pool must not keep a finished CLI run alive.
      worker.unref();
      const envelope = ParseResponseEnvelope.safeParse(message);
      if (task) {
        if (!envelope.success) task.reject(new Error('the parsing worker answered something unexpected'));
        else if (envelope.data.ok) task.resolve((message as Extract<ParseResponse, { ok: true }>).parsed);
        else task.reject(new Error(envelope.data.message));
      }
      this.dispatch();
    });
    const lost = (err: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.task?.reject(err);
      slot.task = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (err) => lost(err));
    worker.on('exit', (code) => lost(new Error(`the parsing worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}
