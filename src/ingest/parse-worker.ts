import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../engine/pipeline.js';
import { ParseRequestSchema, type ParseResponse } from './parse-messages.js';

/**
 * The parsing worker: one article at a time, posted back as a plain object (structured clone).
 * A failure is answered, not thrown, so the pool can tell the caller which article failed and why.
 */
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread (see parse-pool.ts)');

port.on('message', (message: unknown) => {
  const request = ParseRequestSchema.parse(message);
  let response: ParseResponse;
  try {
    response = { id: request.id, ok: true, parsed: parseArticle(request.input, request.options) };
  } catch (err) {
    response = { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(response);
});
