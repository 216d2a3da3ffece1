// The run's root for test DATA_DIRs (test/support/testDataRunRoot.ts, the globalSetup): made at the start and removed at
// the end of a run; a root left by a run that was killed is removed by the next run's set-up once its owner is gone,
// and the roots of runs still going are left alone (test/support/removeStaleRunRoots.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { pidAlive, removeStaleRunRoots, runRootName } from '../support/removeStaleRunRoots.js';
import setup from '../support/testDataRunRoot.js';
import { testDataRoot } from '../support/testDataRoot.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (a short child, waited for). */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  expect(pid).toBeGreaterThan(0);
  expect(pidAlive(pid!)).toBe(false);
  return pid!;
}

/** A run root `name` in `parent` with a DATA_DIR and a file in it, as a killed run leaves it. */
function leftRoot(parent: string, name: string): string {
  const root = join(parent, name);
  mkdirSync(join(root, 'qingfeng-test-Ab12Cd'), { recursive: true });
  writeFileSync(join(root, 'qingfeng-test-Ab12Cd', 'events.jsonl'), '{}\n');
  return root;
}

it('removes the roots whose owning process is gone, and nothing else', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'qingfeng-runroots-'));
  made.push(parent);
  const gone = [leftRoot(parent, runRootName(101)), leftRoot(parent, runRootName(202))];
  const kept = [
    leftRoot(parent, runRootName(303)), // a run still going
    leftRoot(parent, 'qingfeng-test-Xy98Zw'), // a bot's DATA_DIR made outside any run root: not a root, no owner to ask
    leftRoot(parent, 'qingfeng-test-run-'),
    leftRoot(parent, 'qingfeng-test-run-12x'),
    leftRoot(parent, 'other-run-404'),
  ];
  // A file by a root's name whose owner is gone goes too (nothing but a run makes that name).
  writeFileSync(join(parent, runRootName(505)), '');
  gone.push(join(parent, runRootName(505)));
  const asked: number[] = [];
  const removed = await removeStaleRunRoots(parent, (pid) => (asked.push(pid), pid === 303));
  expect(removed.sort()).toEqual(gone.sort());
  for (const root of gone) expect(existsSync(root), root).toBe(false);
  for (const root of kept) expect(existsSync(root), root).toBe(true);
  expect(asked.sort()).toEqual([101, 202, 303, 505]);
  // A parent that is missing has nothing to remove.
  expect(await removeStaleRunRoots(join(parent, 'missing'))).toEqual([]);
});

it('tells a live pid from a gone one', () => {
  expect(pidAlive(process.pid)).toBe(true);
  expect(pidAlive(process.ppid)).toBe(true);
  expect(pidAlive(deadPid())).toBe(false);
});

it("the set-up removes a killed run's root, makes its own and gives it to the workers; the teardown removes it", async () => {
  const parent = testDataRoot();
  const killed = leftRoot(parent, runRootName(deadPid()));
  made.push(killed);
  // Another run still going (this worker's parent: the vitest running this file) keeps its root.
  const live = join(parent, runRootName(process.ppid));
  expect(existsSync(live)).toBe(true);
  const provided: Record<string, unknown> = {};
  const project = { provide: (key: string, value: unknown) => void (provided[key] = value) } as unknown as TestProject;
  const teardown = await setup(project);
  const own = join(parent, runRootName(process.pid));
  made.push(own);
  expect(provided).toEqual({ testDataRunRoot: own });
  expect(existsSync(killed)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(readdirSync(own)).toEqual([]);
  writeFileSync(join(own, 'left-by-a-test'), '');
  await teardown();
  expect(existsSync(own)).toBe(false);
  expect(existsSync(live)).toBe(true);
});
