import { runBench } from './cli.js';

/** `npm run bench [--only SECTION]`: a development tool, outside the product (it reads ../shared/eval). */
process.exitCode = await runBench(process.argv.slice(2));
