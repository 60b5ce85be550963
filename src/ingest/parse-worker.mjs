// A worker thread starts with none of the main thread's module hooks, so it registers tsx itself
// before loading the TypeScript worker (Herald runs its sources through tsx, with no build step).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
