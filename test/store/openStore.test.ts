import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordActivities } from '../../src/store/activityLog.js';
import { DB_VERSION } from '../../src/store/dbSchema.js';
import { openStore } from '../../src/store/openStore.js';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-store-'));
  file = join(dir, 'db.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const talk = {
  type: 'talk_integrity' as const,
  date: '2026-11-20',
  reporter: 'ou_a',
  actorId: 'liming',
  counterpartIds: ['wangjianguo'],
  late: false,
};

describe('openStore', () => {
  it('creates the file on first write and reads it back after reopening', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [{ ...talk, sourceEventId: 'e1' }], 'ou_a', new Date('2026-11-22T02:00:00Z'));
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.version).toBe(DB_VERSION);
    expect(onDisk.activities).toHaveLength(1);

    const again = await openStore(file);
    const activities = again.read((db) => db.activities);
    expect(activities).toEqual([a]);
    expect(again.read((db) => db.audit.map((e) => [e.action, e.activityId]))).toEqual([['create', a!.id]]);
  });

  it('hands out copies: changing what read returned does not change the store', async () => {
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    const copy = store.read((db) => db.activities);
    copy[0]!.type = 'edu_lecture';
    copy.push({ ...copy[0]! });
    expect(store.read((db) => db.activities.map((a) => a.type))).toEqual(['talk_integrity']);
  });

  it('records an event’s activities once, however often it is processed', async () => {
    const store = await openStore(file);
    const first = await recordActivities(store, [{ ...talk, sourceEventId: 'evt' }], 'ou_a', new Date());
    const second = await recordActivities(store, [{ ...talk, sourceEventId: 'evt' }], 'ou_a', new Date());
    expect(second).toEqual(first);
    expect(store.read((db) => db.activities)).toHaveLength(1);
  });

  it('serialises concurrent updates: every one lands, the file stays valid JSON', async () => {
    const store = await openStore(file);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => recordActivities(store, [{ ...talk, sourceEventId: `e${i}` }], 'ou_a', new Date())),
    );
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.activities).toHaveLength(200);
    expect(store.revision).toBe(200);
  });

  it('writes through a temporary file and rename, leaving no temporary file behind', async () => {
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    expect(await readdir(dir)).toEqual(['db.json']);
  });

  it('ignores a temporary file left by a crash mid-write and keeps the last complete document', async () => {
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    await writeFile(join(dir, '.db.json.tmp'), '{"version":1,"activities":[{"id":');
    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toHaveLength(1);
  });

  it('migrates a document without a version', async () => {
    await writeFile(file, JSON.stringify({ activities: [{ ...talk, id: 'a1', createdAt: '2026-01-01T00:00:00Z' }] }));
    const store = await openStore(file);
    expect(store.read((db) => [db.version, db.activities.length])).toEqual([DB_VERSION, 1]);
    expect(store.read((db) => 'events' in db)).toBe(false);
  });

  it('migrates a version 1 document: its events journal is dropped (events now live in events.jsonl)', async () => {
    const v1 = { version: 1, activities: [{ ...talk, id: 'a1', createdAt: '2026-01-01T00:00:00Z' }], audit: [] };
    await writeFile(file, JSON.stringify({ ...v1, events: [{ id: 'e1', type: 'im.message.receive_v1', status: 'pending', payload: { secret: 1 } }] }));
    const store = await openStore(file);
    expect(store.read((db) => [db.version, db.activities.length, 'events' in db])).toEqual([DB_VERSION, 1, false]);
  });

  it('refuses a document from a newer version, an invalid one, and broken JSON, each with a code', async () => {
    await writeFile(file, JSON.stringify({ version: DB_VERSION + 1, activities: [] }));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_TOO_NEW' });
    await writeFile(file, JSON.stringify({ version: DB_VERSION, activities: [{ id: 'x', type: 'party' }], audit: [] }));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('activities.0') });
    await writeFile(file, '{"version":');
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_UNREADABLE' });
  });

  it('keeps fields it does not know, so an older build never drops newer data', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: DB_VERSION, activities: [], audit: [], futureCollection: [{ key: 'k' }] }),
    );
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    expect(JSON.parse(await readFile(file, 'utf8')).futureCollection).toEqual([{ key: 'k' }]);
  });
});
