// `npm run export -- --format jsonl --out -`: every record as one JSON line, from any layout of DATA_DIR, also while the bot writes to it.
import { appendFile, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { recordActivities, undoActivity } from '../../src/store/activityLog.js';
import { openStore } from '../../src/store/openStore.js';
import { demoActivities } from '../ledger/demoLedger.js';
import { exportCli } from '../support/exportCli.js';
import { dataDirWith } from '../ledger/exportTestKit.js';

// Every case that runs the CLI starts Node with tsx; give a busy machine room. The timeout is each test's own
// argument (SPAWNS): a file-top vi.setConfig does not reach tests under isolate: false (compactionCrash.test.ts).
const SPAWNS = 90_000;

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const parseLines = (stdout: string): Activity[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Activity);

const talk = { type: 'talk_integrity' as const, date: '2026-11-20', reporter: 'ou_a', actorId: 'liming', counterpartIds: ['wangjianguo'], late: false };

describe('npm run export -- --format jsonl', () => {
  it('prints every record of a version 2 db.json, withdrawn ones flagged, without migrating or touching the files', async () => {
    const all = demoActivities();
    const dir = await dataDirWith(all);
    dirs.push(dir);
    const before = await readFile(join(dir, 'db.json'));
    const run = await exportCli(['--format', 'jsonl', '--out', '-'], { DATA_DIR: dir });
    expect(run.code).toBe(0);
    const out = parseLines(run.stdout);
    expect(out).toEqual(all);
    expect(out.filter((a) => a.deletedAt).length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`共 ${all.length} 条记录`);
    expect(await readdir(dir)).toEqual(['db.json']);
    expect(await readFile(join(dir, 'db.json'))).toEqual(before);
  }, SPAWNS);

  it('reads the new layout (snapshot + audit.jsonl) with the fields of today’s entries, the latest state of each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingfeng-jsonl-'));
    dirs.push(dir);
    const store = await openStore(join(dir, 'db.json'), { compactEvery: 3 });
    const made: Activity[] = [];
    for (let i = 0; i < 7; i++) made.push(...(await recordActivities(store, [{ ...talk, title: `t${i}`, sourceEventId: `e${i}` }], 'ou_a', new Date())));
    await undoActivity(store, made[2]!.id, 'ou_a', new Date('2026-11-23T01:00:00Z'));
    await store.close();
    const out = join(dir, 'backup.jsonl');
    const run = await exportCli(['--format', 'jsonl', '--out', out, '--data-dir', dir]);
    expect(run.code).toBe(0);
    const lines = parseLines(await readFile(out, 'utf8'));
    expect(lines.map((a) => a.title)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    expect(lines[2]).toMatchObject({ deletedAt: '2026-11-23T01:00:00.000Z', deletedBy: 'ou_a' });
    expect(Object.keys(lines[0]!).sort()).toEqual(['actorId', 'counterpartIds', 'createdAt', 'date', 'id', 'late', 'reporter', 'sourceEventId', 'title', 'type']);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
  }, SPAWNS);

  it('while the bot writes: every record committed before the export starts, each once, and a half-written line ignored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingfeng-jsonl-'));
    dirs.push(dir);
    const store = await openStore(join(dir, 'db.json'), { compactEvery: 20 });
    for (let i = 0; i < 50; i++) await recordActivities(store, [{ ...talk, sourceEventId: `before${i}` }], 'ou_a', new Date());
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) await recordActivities(store, [{ ...talk, sourceEventId: `during${n++}` }], 'ou_a', new Date());
    })();
    const run = await exportCli(['--format', 'jsonl', '--out', '-', '--data-dir', dir]);
    writing = false;
    await writer;
    await store.close();
    expect(run.code).toBe(0);
    const ids = parseLines(run.stdout).map((a) => a.sourceEventId!);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 0; i < 50; i++) expect(ids).toContain(`before${i}`);
    expect(store.stats().compactions).toBeGreaterThan(0);

    await appendFile(join(dir, 'audit.jsonl'), '{"put":[{"id":"half');
    const again = await exportCli(['--format', 'jsonl', '--out', '-', '--data-dir', dir]);
    expect(again.code).toBe(0);
    expect(parseLines(again.stdout)).toHaveLength(50 + n);
  }, SPAWNS);

  it('refuses what it cannot do, in Chinese and English', async () => {
    const bad = await exportCli(['--format', 'csv', '--out', '-']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('unknown --format csv')]);
    const withYear = await exportCli(['--format', 'jsonl', '--year', '2026', '--out', '-']);
    expect([withYear.code, withYear.stderr]).toEqual([2, expect.stringContaining('drop --year')]);
    const missing = await exportCli(['--format', 'jsonl', '--out', '-', '--data-dir', join(tmpdir(), 'qingfeng-no-such-dir')]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('找不到数据文件')]);
  }, SPAWNS);
});
