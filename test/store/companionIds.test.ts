// Round 46 (t48a F5): a check's 同行 are stored as companionIds; the schema checks them, files written before still load.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordActivities } from '../../src/store/activityLog.js';
import { checkActivity } from '../../src/store/checkActivity.js';
import { DB_VERSION } from '../../src/store/dbSchema.js';
import { openStore } from '../../src/store/openStore.js';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-companions-'));
  file = join(dir, 'db.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const check = {
  type: 'inspect_style' as const,
  date: '2026-11-30',
  reporter: 'ou_huang',
  actorId: 'huangzhigang',
  counterpartIds: [],
  departmentId: 'office',
  departmentIds: ['office', 'finance'],
  late: false,
};
const stored = { ...check, id: 'a1', createdAt: '2026-11-30T02:00:00Z' };

describe('checkActivity: companionIds', () => {
  it('accepts a check with its 同行, and a record without (as every record stored before round 46)', () => {
    expect(checkActivity({ ...stored, companionIds: ['linxiao'] })).toBeUndefined();
    expect(checkActivity(stored)).toBeUndefined();
  });
  it.each([
    ['a name instead of a list', 'linxiao'],
    ['a number in the list', ['linxiao', 3]],
    ['null', null],
  ])('refuses %s, naming the field', (_what, companionIds) => {
    expect(checkActivity({ ...stored, companionIds })).toMatch(/^companionIds/);
  });
});

describe('openStore: companionIds', () => {
  it('records them and reads them back after reopening', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [{ ...check, companionIds: ['linxiao'], sourceEventId: 'e1' }], 'ou_huang', new Date('2026-11-30T02:00:00Z'));
    expect(a?.companionIds).toEqual(['linxiao']);
    const again = await openStore(file);
    expect(again.read((db) => db.activities.map((x) => x.companionIds))).toEqual([['linxiao']]);
  });

  it('loads a ledger written before the field, and one whose check has a bad list is refused with the field named', async () => {
    const snapshot = (activities: unknown[]) =>
      `${JSON.stringify({ version: DB_VERSION, auditBytes: 0, count: activities.length })}\n${activities.map((x) => `${JSON.stringify(x)}\n`).join('')}`;
    await writeFile(join(dir, 'activities.jsonl'), snapshot([stored]));
    const old = await openStore(file);
    expect(old.read((db) => db.activities)).toEqual([stored]);
    await rm(dir, { recursive: true, force: true });
    dir = await mkdtemp(join(tmpdir(), 'qingfeng-companions-'));
    file = join(dir, 'db.json');
    await writeFile(join(dir, 'activities.jsonl'), snapshot([{ ...stored, companionIds: 'linxiao' }]));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('companionIds') });
  });

  it('loads a version 2 db.json (activities inside) without companionIds', async () => {
    await writeFile(file, JSON.stringify({ version: 2, activities: [stored], audit: [], dialogs: [], outbox: [], settings: {} }));
    const store = await openStore(file);
    expect(store.read((db) => db.activities.map((x) => [x.id, x.companionIds]))).toEqual([['a1', undefined]]);
  });
});
