// --demo-data: a living year for the demo organisation, written only into an empty data file.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { demoYear } from '../../src/demo/demoYear.js';
import { seedDemoData } from '../../src/demo/seedDemoData.js';
import { computeCompletion } from '../../src/domain/completion/computeCompletion.js';
import { periodOf } from '../../src/domain/period.js';
import { recordActivities } from '../../src/store/activityLog.js';
import { openStore, type Store } from '../../src/store/openStore.js';

const config = loadConfig(join(process.cwd(), 'config'));
const directory = config.directory;
// 30 November 2026, 10:00 in Shanghai.
const NOW = new Date('2026-11-30T02:00:00Z');

let dir: string;
let store: Store;

/** Every data file's name and bytes: the store keeps its ledger in more than one file. */
async function filesIn(d: string): Promise<Record<string, string>> {
  const names = (await readdir(d)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(d, n), 'utf8')] as const)));
}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-demo-'));
  store = await openStore(join(dir, 'db.json'));
});
afterEach(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

describe('seedDemoData', () => {
  it('fills an empty data file with talks, trainings, meetings and checks, one 补录 and one withdrawn record, all audited', async () => {
    const result = await seedDemoData(store, directory, NOW);
    expect(result).toMatchObject({ seeded: true });
    const db = store.read((d) => d);
    expect(db.activities.length).toBe((result as { records: number }).records);
    const types = new Set(db.activities.map((a) => a.type));
    for (const t of ['talk_integrity', 'talk_heart', 'edu_integrity', 'edu_warning', 'meeting_special', 'inspect_style', 'pledge_sign']) expect(types).toContain(t);
    const late = db.activities.filter((a) => a.late);
    expect(late).toHaveLength(1);
    // A 补录 is reported after the quarter it happened in had closed.
    expect(periodOf('quarter', late[0]!.createdAt.slice(0, 10)).start > late[0]!.date).toBe(true);
    expect(db.activities.filter((a) => a.deletedAt)).toHaveLength(1);
    expect(db.audit.filter((e) => e.action === 'create')).toHaveLength(db.activities.length);
    expect(db.audit.filter((e) => e.action === 'delete')).toHaveLength(1);
    // Nothing happens in the future or is reported before it happened; reporters are the people who held them.
    for (const a of db.activities) {
      expect(a.date < '2026-11-30').toBe(true);
      expect(a.createdAt.slice(0, 10) >= a.date).toBe(true);
      expect(directory.byOpenId(a.reporter)?.id).toBe(a.actorId);
      for (const c of a.counterpartIds) expect(directory.person(c), c).toBeDefined();
    }
  });

  it('gives the year a living picture: some duties done, some behind or in progress, some overdue', async () => {
    await seedDemoData(store, directory, NOW);
    const activities = store.read((d) => d.activities.filter((a) => !a.deletedAt));
    const report = computeCompletion({ directory, duties: config.duties, activities, view: periodOf('year', '2026-11-30'), now: NOW });
    const statuses = new Set(report.lines.map((l) => l.status));
    for (const s of ['done', 'overdue']) expect(statuses, s).toContain(s);
    expect(statuses.has('behind') || statuses.has('in_progress')).toBe(true);
  });

  it('never touches a data file that already holds a record, withdrawn or not', async () => {
    const someone = directory.org.people[5]!;
    await recordActivities(store, [{ type: 'report_info', date: '2026-11-02', reporter: someone.openId!, actorId: someone.id, counterpartIds: [], late: false }], someone.openId!, NOW);
    await store.flush();
    const before = await filesIn(dir);
    const result = await seedDemoData(store, directory, NOW);
    expect(result).toMatchObject({ seeded: false, reason: expect.stringContaining('已有 1 条记录') });
    await store.flush();
    expect(await filesIn(dir)).toEqual(before);
  });

  it('early in the year seeds only what already happened', () => {
    const records = demoYear(directory, '2026-02-10');
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.activity.date < '2026-02-10').toBe(true);
      expect(r.reportedAt < '2026-02-10').toBe(true);
    }
    expect(records.some((r) => r.activity.late || r.withdrawnAt)).toBe(false);
  });
});
