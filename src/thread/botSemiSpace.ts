// The bot thread's young generation: larger than the acknowledging thread's, which `npm start` keeps small for its footprint.
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';

/**
 * The bot thread's largest semi-space (MiB; its new space is twice this). `npm start`'s `--optimize-for-size` implies a
 * 1 MiB one for every isolate, whatever `--max-semi-space-size` says: V8 re-applies that implication over the command
 * line's value (`--max-semi-space-size=4` gave a 2 MiB new space). At 50,000 records the bot thread then scavenged every
 * second event (483 scavenges, 1.9 s, for 1,000 events, r59 fcg); a reply allocates a few MiB that die with it.
 * Isolated, 8 MiB took a fifth of the scavenges (113 against 549) and a third of their time. The cost is RSS for a
 * moment: new space the start's work grew is given back by V8's memory reducer ~8–9 s after the last collection, so a
 * sample taken sooner can hold up to 14 MiB more (r60 fbg).
 */
export const BOT_SEMI_SPACE_MIB = 8;

/** V8 flags of the process (command line) that set the semi-space, directly or by implication, in their order. */
function semiSpaceFlags(execArgv: readonly string[]): string[] {
  return execArgv.filter((a) => /^--(?:no-)?optimize[-_]for[-_]size$|^--max[-_]semi[-_]space[-_]size=/.test(a));
}

/**
 * Spawns a worker whose heap gets `semiSpaceMib` semi-spaces, the rest of the process keeping its own. V8 reads the
 * semi-space flags once, when an isolate is made, and a worker's isolate is made on its own thread after `spawn`
 * returns: the flags are set before `spawn` and put back as the command line had them once the worker is online (or
 * failed). Node's `resourceLimits.maxYoungGenerationSizeMb` cannot do it: a semi-space flag, here the one
 * `--optimize-for-size` implies, overrides it. For that moment (the worker's start, milliseconds) the process also runs
 * without `--optimize-for-size`, and a worker spawned meanwhile (the config's YAML parse) gets the same young
 * generation; both are short.
 */
export function spawnWithSemiSpace(spawn: () => Worker, semiSpaceMib: number, execArgv: readonly string[] = process.execArgv): Worker {
  // The order matters: setting --optimize-for-size (or clearing it) re-applies its implication to the semi-space.
  setFlagsFromString('--no-optimize-for-size');
  setFlagsFromString(`--max-semi-space-size=${semiSpaceMib}`);
  let worker: Worker;
  try {
    worker = spawn();
  } catch (e) {
    restore(execArgv);
    throw e;
  }
  let restored = false;
  const done = () => {
    if (restored) return;
    restored = true;
    restore(execArgv);
  };
  worker.once('online', done);
  worker.once('error', done);
  worker.once('exit', done);
  return worker;
}

function restore(execArgv: readonly string[]): void {
  setFlagsFromString('--max-semi-space-size=0');
  setFlagsFromString('--no-optimize-for-size');
  for (const flag of semiSpaceFlags(execArgv)) setFlagsFromString(flag);
}
