#!/usr/bin/env node
// Herald ships TypeScript sources and runs them through tsx, so `npm start`, `npx herald`
// and the tests all execute the same files with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
