import { runEval } from './run.js';

/** `npm run eval [task...]`: a development tool, outside the product (it reads ../shared/eval). */
process.exitCode = await runEval(process.argv.slice(2));
