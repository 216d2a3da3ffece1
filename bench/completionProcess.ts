// Child process for the completion benchmark: measures in a fresh heap and sends the figures back.
import { measureCompletion } from './completionBench.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { runs: number; baselineRuns: number };
process.send!(await measureCompletion(opts));
process.disconnect();
