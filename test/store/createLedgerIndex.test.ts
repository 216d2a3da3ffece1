// The incremental ledger index against a fresh build, after creates, edits and withdrawals through the real store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { ACTIVITY_TYPE_CODES, type ActivityTypeCode } from '../../src/domain/activityTypes.js';
import { indexActivities, type ActivityIndex } from '../../src/domain/completion/computeCompletion.js';
import { changeActivity, recordActivities, undoActivity, type NewActivity } from '../../src/store/activityLog.js';
import { createLedgerIndex, REBUILD_AFTER } from '../../src/store/createLedgerIndex.js';
import { openStore, type Store } from '../../src/store/openStore.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-ledger-index-'));
  store = await openStore(join(dir, 'db.json'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

let seed = 3;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const TYPES: ActivityTypeCode[] = ['talk_integrity', 'talk_heart', 'edu_warning', 'meeting_special'];
const day = () => `2026-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')}`;
const activity = (): NewActivity => ({
  type: TYPES[rand(TYPES.length)]!,
  date: day(),
  reporter: `ou_${PEOPLE[rand(6)]}`,
  actorId: PEOPLE[rand(6)]!,
  counterpartIds: [PEOPLE[rand(6)]!],
  late: false,
});

const RANGES = [
  { start: '2026-01-01', end: '2026-12-31' },
  { start: '2026-04-01', end: '2026-06-30' },
  { start: '2026-07-15', end: '2026-07-15' },
];
/** Every lookup the completion rules make, as ids, for comparison. */
function answers(index: ActivityIndex): string[][] {
  const out: string[][] = [];
  const ids = (list: readonly Activity[]) => list.map((a) => `${a.id}@${a.date}`);
  for (const r of RANGES) {
    for (const t of [...TYPES.map((x) => [x]), TYPES.slice(0, 2), [...ACTIVITY_TYPE_CODES]]) {
      out.push(ids(index.ofType(t, r)));
      for (const p of PEOPLE) out.push(ids(index.byActor(p, t, r)), ids(index.byParticipant(p, t, r)));
    }
  }
  return out;
}

const ledger = () => createLedgerIndex(store);
/** Runs inside store.read (the index may not leave it) and compares there. */
function same(l: ReturnType<typeof ledger>): void {
  let got: string[][] = [];
  let want: string[][] = [];
  store.read((db) => {
    got = answers(l.index(db));
    want = answers(indexActivities(db.activities));
  });
  expect(got).toEqual(want);
}
/** The index object the ledger hands out now (identity only: it is not used outside the read). */
function handedOut(l: ReturnType<typeof ledger>): ActivityIndex {
  let index: ActivityIndex | undefined;
  store.read((db) => {
    index = l.index(db);
  });
  return index!;
}

it('answers exactly as a fresh index after creates, edits of date/type/people, and withdrawals', async () => {
  await recordActivities(store, Array.from({ length: 300 }, activity), 'ou_x', new Date());
  const l = ledger();
  same(l);
  for (let round = 0; round < 30; round++) {
    const all = store.read((db) => db.activities.filter((a) => !a.deletedAt));
    const pick = all[rand(all.length)]!;
    switch (rand(3)) {
      case 0:
        await recordActivities(store, [activity(), activity()], 'ou_x', new Date());
        break;
      case 1:
        await changeActivity(store, pick.id, pick.reporter, new Date(), (a) => {
          a.date = day();
          a.type = TYPES[rand(TYPES.length)]!;
          a.actorId = PEOPLE[rand(6)]!;
          a.counterpartIds = [PEOPLE[rand(6)]!];
        });
        break;
      case 2:
        await undoActivity(store, pick.id, pick.reporter, new Date());
        break;
    }
    same(l);
  }
});

it('does not rebuild for a change, and rebuilds once the changes pile up', async () => {
  await recordActivities(store, Array.from({ length: 50 }, activity), 'ou_x', new Date());
  const l = ledger();
  const first = handedOut(l);
  expect(handedOut(l)).toBe(first);
  await recordActivities(store, [activity()], 'ou_x', new Date());
  const overlaid = handedOut(l);
  expect(overlaid).not.toBe(first);
  // Same revision: the same object, nothing recomputed.
  expect(handedOut(l)).toBe(overlaid);
  same(l);
  await recordActivities(store, Array.from({ length: REBUILD_AFTER + 1 }, activity), 'ou_x', new Date());
  same(l);
});
