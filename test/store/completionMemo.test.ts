// The remembered completion parts against a fresh count, after every kind of ledger change through the real store.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { computeCompletion, indexActivities } from '../../src/domain/completion/computeCompletion.js';
import type { CompletionReport, Scope } from '../../src/domain/completion/types.js';
import { createDirectory, type Directory, type Organization } from '../../src/domain/organization.js';
import { periodOf, type Period } from '../../src/domain/period.js';
import { changeActivity, recordActivities, undoActivity, type NewActivity } from '../../src/store/activityLog.js';
import { createLedgerIndex, type LedgerIndex } from '../../src/store/createLedgerIndex.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import { DB_VERSION } from '../../src/store/dbSchema.js';
import { at, DEFAULT_DUTIES, makeLargeDataset } from '../support/completionFixtures.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-completion-memo-'));
  store = await openStore(join(dir, 'db.json'));
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// Two years of a 120-person unit: 8 departments, 2 leaders, talks between the right pairs, 补录 and withdrawn ones.
const data = makeLargeDataset({ people: 120, departments: 8, activities: 2500, years: 2, seed: 11, startYear: 2025 });
const people = data.directory.org.people;
const NOW = at('2026-08-15 10:00');

const VIEWS: Period[] = [
  periodOf('quarter', '2026-07-01'),
  periodOf('quarter', '2026-04-01'),
  periodOf('month', '2026-08-01'),
  periodOf('halfyear', '2026-01-01'),
  periodOf('year', '2026-01-01'),
  periodOf('year', '2025-01-01'),
];
const SCOPES: Scope[] = [
  { kind: 'all' },
  { kind: 'department', departmentId: 'D3' },
  { kind: 'person', personId: 'L1' },
  { kind: 'duty', dutyId: 'talk-leader-heads' },
];

async function seeded(): Promise<LedgerIndex> {
  await store.update((db) => void db.activities.push(...structuredClone(data.activities)));
  return createLedgerIndex(store);
}

/** Every view and scope through the bot's index (memo and all), and counted afresh from the records. */
function both(ledger: LedgerIndex, directory: Directory, now: Date): { remembered: CompletionReport[]; fresh: CompletionReport[] } {
  const remembered: CompletionReport[] = [];
  const fresh: CompletionReport[] = [];
  store.read((db) => {
    const plain = indexActivities(db.activities);
    for (const view of VIEWS) {
      for (const scope of SCOPES) {
        const base = { directory, duties: DEFAULT_DUTIES, view, now, scope };
        remembered.push(computeCompletion({ ...base, activities: ledger.index(db) }));
        fresh.push(computeCompletion({ ...base, activities: plain }));
      }
    }
  });
  return { remembered, fresh };
}

function agrees(ledger: LedgerIndex, directory: Directory = data.directory, now: Date = NOW): void {
  const { remembered, fresh } = both(ledger, directory, now);
  expect(remembered).toEqual(fresh);
}

let seed = 5;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
const day = () => `2026-${String(1 + rand(9)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
const departments = data.directory.org.departments;

/** A report as members make them: talks between a leader and a head, trainings, checks, counted by the duties. */
function report(): NewActivity {
  const d = pick(departments);
  const kind = rand(4);
  if (kind === 0) return { type: 'talk_integrity', date: day(), reporter: `ou_${d.headId}`, actorId: d.headId!, counterpartIds: [d.supervisorId!], late: false };
  if (kind === 1) return { type: 'talk_heart', date: day(), reporter: `ou_${d.supervisorId}`, actorId: d.supervisorId!, counterpartIds: [], departmentId: d.id, late: false };
  if (kind === 2) return { type: 'edu_warning', date: day(), reporter: `ou_${d.headId}`, actorId: d.headId!, counterpartIds: [], late: false };
  return { type: 'inspect_style', date: day(), reporter: 'ou_I0', actorId: 'I0', counterpartIds: [], late: false };
}

function live(): Activity[] {
  return store.read((db) => db.activities.filter((a) => !a.deletedAt && a.date >= '2026-01-01'));
}

describe('completion parts remembered across questions', () => {
  it('answers as a fresh count after reports, 补录, edits of date/type/people, withdrawals and recalls', async () => {
    const ledger = await seeded();
    agrees(ledger);
    const remembered = ledger.rememberedParts();
    expect(remembered).toBeGreaterThan(100);
    for (let round = 0; round < 24; round++) {
      const all = live();
      const target = pick(all);
      switch (round % 6) {
        case 0:
          await recordActivities(store, [report()], 'ou_x', at('2026-08-15 11:00'));
          break;
        case 1: {
          // 补录: a second-quarter talk reported in August, after the quarter closed.
          const r = { ...report(), date: `2026-0${4 + rand(3)}-1${rand(9)}` };
          await recordActivities(store, [r], r.reporter, at('2026-08-16 09:00'));
          break;
        }
        case 2:
          await changeActivity(store, target.id, target.reporter, at('2026-08-16 10:00'), (a) => void (a.date = day()));
          break;
        case 3: {
          const other = pick(people.filter((p) => p.id !== target.actorId));
          await changeActivity(store, target.id, target.reporter, at('2026-08-16 10:00'), (a) => void (a.counterpartIds = [other.id]));
          break;
        }
        case 4:
          await changeActivity(store, target.id, target.reporter, at('2026-08-16 10:00'), (a) => void (a.type = a.type === 'talk_integrity' ? 'talk_heart' : 'talk_integrity'));
          break;
        default:
          // Withdrawn by 撤回 or by recalling the message: both soft-delete through undoActivity.
          await undoActivity(store, target.id, target.reporter, at('2026-08-16 10:00'));
      }
      agrees(ledger);
    }
    // Still remembering most of the unit: only what a change touched was counted again.
    expect(ledger.rememberedParts()).toBeGreaterThan(remembered / 2);
  });

  it('moves status with the clock without recounting: the same parts later in the quarter and after it closed', async () => {
    const ledger = await seeded();
    agrees(ledger);
    agrees(ledger, data.directory, at('2026-09-20 18:00'));
    agrees(ledger, data.directory, at('2026-10-03 08:00'));
    agrees(ledger, data.directory, at('2027-02-01 08:00'));
  });

  it('a directory with a change of 分管 dated 1 July is counted against the holder of each period, old answers untouched', async () => {
    const ledger = await seeded();
    agrees(ledger);
    // D3 passes from its leader to L0 on 1 July 2026; the new directory object is a config reload.
    const org: Organization = structuredClone(data.directory.org);
    const d3 = org.departments.find((d) => d.id === 'D3')!;
    d3.supervisors = [{ personId: d3.supervisorId!, until: '2026-06-30' }, { personId: 'L0', from: '2026-07-01' }];
    const moved = createDirectory(org);
    expect(moved.dated).toBe(true);
    agrees(ledger, moved);
    await recordActivities(store, [{ type: 'talk_heart', date: '2026-07-20', reporter: 'ou_L0', actorId: 'L0', counterpartIds: [], departmentId: 'D3', late: false }], 'ou_L0', NOW);
    agrees(ledger, moved);
    // And back to the undated directory (the reload undone): its parts are still right after the change.
    agrees(ledger);
  });

  it('a change whose write fails (disk full) is forgotten again: the next answer counts the record as it was', async () => {
    // The ledger on file as a snapshot, and audit.jsonl a disk that is full: every change is undone in memory.
    await store.close();
    const head = JSON.stringify({ version: DB_VERSION, auditBytes: 0, count: data.activities.length });
    await writeFile(join(dir, 'activities.jsonl'), `${head}\n${data.activities.map((a) => `${JSON.stringify(a)}\n`).join('')}`);
    await rm(join(dir, 'audit.jsonl'), { force: true });
    await symlink('/dev/full', join(dir, 'audit.jsonl'));
    store = await openStore(join(dir, 'db.json'));
    const ledger = createLedgerIndex(store);
    agrees(ledger);
    const target = live().find((a) => a.type === 'talk_integrity')!;
    // Visible at once (the write is still under way), so a question in between counts it…
    const moved = changeActivity(store, target.id, target.reporter, NOW, (a) => void (a.date = '2026-07-02'));
    const added = recordActivities(store, [report()], 'ou_x', NOW);
    agrees(ledger);
    await expect(moved).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
    await expect(added).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
    // …and the one after the failure must not.
    agrees(ledger);
    expect(store.read((db) => db.activities.find((a) => a.id === target.id)?.date)).toBe(target.date);
  });

  it('refuses a caller changing a remembered part instead of corrupting later answers', async () => {
    const ledger = await seeded();
    let report: CompletionReport | undefined;
    store.read((db) => {
      report = computeCompletion({ directory: data.directory, duties: DEFAULT_DUTIES, view: VIEWS[0]!, now: NOW, activities: ledger.index(db) });
    });
    const part = report!.lines.find((l) => l.parts[0]!.units.length > 0)!.parts[0]!;
    expect(() => part.units.push(part.units[0]!)).toThrow(TypeError);
    expect(() => {
      (part as { done: number }).done = 99;
    }).toThrow(TypeError);
  });
});
