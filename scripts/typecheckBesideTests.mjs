// `npm test`: the strict type check (`tsc --noEmit -p .`) and vitest, at the same time; fails when either fails.
//
// Why beside, not before: tsc is one thread and takes ~40 s of CPU (round 62: 37.8 s user + 4.3 s sys, measured at load 18),
// during which CI's second core sat idle and vitest had not started. Run beside the suite it fills what its two workers
// leave idle (waits on the bot's child processes, the emulator, Chromium). It runs at a lower priority (nice 10), so the
// tests — whose hooks have 20 s timeouts — are not slowed by it; it needs ~40 s of the ~18 core-minutes the suite spans.
// Its output is held and printed after vitest's, so the two never interleave.
// Arguments go to vitest (`npm test -- test/e2e/foo.test.ts` type-checks everything and runs that file).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs `command` in the checkout (`started` gets its pid); resolves with its exit code and output (1 if it could not start or was killed). */
function run(command, args, opts, started = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, ...opts });
    if (child.pid !== undefined) started(child.pid);
    const out = [];
    child.stdout?.on('data', (b) => out.push(b));
    child.stderr?.on('data', (b) => out.push(b));
    child.on('error', (error) => {
      out.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve({ code: 1, out });
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const typecheck = run(bin('tsc'), ['--noEmit', '-p', '.'], { stdio: ['ignore', 'pipe', 'pipe'] }, (pid) => {
  try {
    setPriority(pid, 10);
  } catch {
    // Not allowed here (some containers): it runs at the tests' priority, which is only slower, never wrong.
  }
});
const tests = run(bin('vitest'), ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
const [checked, tested] = await Promise.all([typecheck, tests]);
process.stdout.write(Buffer.concat(checked.out));
console.log(checked.code === 0 ? 'tsc --noEmit: no type errors' : `tsc --noEmit: type errors (exit ${checked.code}); the test run fails`);
process.exit(checked.code !== 0 ? checked.code : tested.code);
