import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile, appendFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { changeActivity, recordActivities, undoActivity } from '../../src/store/activityLog.js';
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

/** activities.jsonl as the store writes it: a header line, then one activity a line. */
const snapshotText = (auditBytes: number, activities: unknown[], version: number = DB_VERSION) =>
  `${JSON.stringify({ version, auditBytes, count: activities.length })}\n${activities.map((a) => `${JSON.stringify(a)}\n`).join('')}`;
const lines = async (name: string) => (await readFile(join(dir, name), 'utf8')).split('\n').filter(Boolean);
const stored = (i: number): Activity => ({ ...talk, id: `v${i}`, createdAt: '2026-01-01T00:00:00Z', date: `2026-0${1 + (i % 9)}-1${i % 10}` });

/** A version 2 db.json as the previous release wrote it: activities, audit, dialogs, outbox, settings in one document. */
async function writeV2(activities: Activity[], extra: Record<string, unknown> = {}): Promise<void> {
  const audit = activities.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a }));
  const outbox = [{ key: 'festival:2026:春节', uuid: 'u1', to: { openId: 'ou_a' }, status: 'sent', createdAt: '2026-02-01T00:00:00Z', attempts: 1 }];
  await writeFile(file, JSON.stringify({ version: 2, activities, audit, dialogs: [], outbox, settings: { remindersPaused: true }, ...extra }));
}

describe('openStore', () => {
  it('records into audit.jsonl and reads it back after reopening, audit included', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [{ ...talk, sourceEventId: 'e1' }], 'ou_a', new Date('2026-11-22T02:00:00Z'));
    const [line] = await lines('audit.jsonl');
    expect(JSON.parse(line!)).toMatchObject({ audit: [{ action: 'create', activityId: a!.id, after: a }], put: [a] });

    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toEqual([a]);
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

  it('records an event’s activities once, however often it is processed, also after a restart', async () => {
    const store = await openStore(file);
    const first = await recordActivities(store, [{ ...talk, sourceEventId: 'evt' }, { ...talk, counterpartIds: ['sunli'], sourceEventId: 'evt' }], 'ou_a', new Date());
    const second = await recordActivities(store, [{ ...talk, sourceEventId: 'evt' }], 'ou_a', new Date());
    expect(second).toEqual(first);
    const again = await openStore(file);
    expect(await recordActivities(again, [{ ...talk, sourceEventId: 'evt' }], 'ou_a', new Date())).toEqual(first);
    expect(again.read((db) => db.activities)).toHaveLength(2);
  });

  it('serialises concurrent updates: every one lands as its own line, sharing fewer syncs', async () => {
    const store = await openStore(file);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => recordActivities(store, [{ ...talk, sourceEventId: `e${i}` }], 'ou_a', new Date())),
    );
    expect(await lines('audit.jsonl')).toHaveLength(200);
    expect(store.revision).toBe(200);
    const again = await openStore(file);
    expect(again.read((db) => db.activities.map((a) => a.sourceEventId).sort())).toEqual(Array.from({ length: 200 }, (_, i) => `e${i}`).sort());
  });

  it('a report appends one line and leaves db.json alone, whatever the ledger holds', async () => {
    await writeV2(Array.from({ length: 5000 }, (_, i) => stored(i)));
    const store = await openStore(file);
    const docBefore = await readFile(file, 'utf8');
    const snapshotBefore = await stat(join(dir, 'activities.jsonl'));
    const auditBefore = (await stat(join(dir, 'audit.jsonl'))).size;
    await recordActivities(store, [{ ...talk, sourceEventId: 'big' }], 'ou_a', new Date());
    expect(await readFile(file, 'utf8')).toBe(docBefore);
    expect((await stat(join(dir, 'activities.jsonl'))).mtimeMs).toBe(snapshotBefore.mtimeMs);
    const grown = (await stat(join(dir, 'audit.jsonl'))).size - auditBefore;
    expect(grown).toBeGreaterThan(100);
    expect(grown).toBeLessThan(1000);
    expect(store.stats()).toMatchObject({ activities: 5001, ledgerWrites: 1, docWrites: 0 });
  });

  it('changes and withdrawals replace the record, keep before and after in the audit, and survive a restart', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [talk], 'ou_a', new Date('2026-11-22T02:00:00Z'));
    expect(await changeActivity(store, a!.id, 'ou_b', new Date(), (x) => void (x.date = '2026-11-01'))).toEqual({ ok: false, reason: 'not_yours' });
    await changeActivity(store, a!.id, 'ou_a', new Date('2026-11-22T03:00:00Z'), (x) => void (x.date = '2026-11-19'));
    await undoActivity(store, a!.id, 'ou_a', new Date('2026-11-22T04:00:00Z'));
    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toMatchObject([{ id: a!.id, date: '2026-11-19', deletedAt: '2026-11-22T04:00:00.000Z', deletedBy: 'ou_a' }]);
    expect(again.read((db) => db.audit.map((e) => [e.action, (e.before as Activity | undefined)?.date, (e.after as Activity).date]))).toEqual([
      ['create', undefined, '2026-11-20'],
      ['update', '2026-11-20', '2026-11-19'],
      ['delete', '2026-11-19', '2026-11-19'],
    ]);
    expect(await undoActivity(again, a!.id, 'ou_a', new Date())).toEqual({ ok: false, reason: 'deleted' });
  });

  it('keeps the small documents in db.json (version 3), rewritten only when they change', async () => {
    const store = await openStore(file);
    await store.update((db) => void (db.settings.remindersPaused = true));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: DB_VERSION, dialogs: [], outbox: [], settings: { remindersPaused: true } });
    await store.update((db) => db.dialogs.length);
    expect(store.stats().docWrites).toBe(1);
    expect(await readdir(dir)).toEqual(['audit.jsonl', 'db.json']);
  });

  it('creates DATA_DIR 0700 and every file 0600', async () => {
    const data = join(dir, 'data');
    const store = await openStore(join(data, 'db.json'));
    await recordActivities(store, [talk], 'ou_a', new Date());
    await store.update((db) => void (db.settings.remindersPaused = true));
    await store.compact();
    expect((await stat(data)).mode & 0o777).toBe(0o700);
    for (const name of await readdir(data)) expect([name, (await stat(join(data, name))).mode & 0o777]).toEqual([name, 0o600]);
  });

  it('ignores temporary files left by a crash mid-write', async () => {
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    await store.compact();
    await writeFile(join(dir, '.db.json.tmp'), '{"version":3,"dia');
    await writeFile(join(dir, '.activities.jsonl.tmp'), '{"version":3,"auditBytes":0,"count":1}\n{"id":');
    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toHaveLength(1);
  });

  it('skips a torn last line (a crash mid-append, never acknowledged) and writes the next line in its place', async () => {
    const store = await openStore(file);
    await recordActivities(store, [{ ...talk, sourceEventId: 'e1' }], 'ou_a', new Date());
    await appendFile(join(dir, 'audit.jsonl'), '{"audit":[{"at":"2026-11-22T02:00:00Z","by":"ou_a","act');
    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toHaveLength(1);
    await recordActivities(again, [{ ...talk, sourceEventId: 'e2' }], 'ou_a', new Date());
    expect((await lines('audit.jsonl')).map((l) => JSON.parse(l).put[0].sourceEventId)).toEqual(['e1', 'e2']);
  });

  it('refuses a broken line before the last, naming the file and byte', async () => {
    const store = await openStore(file);
    await recordActivities(store, [{ ...talk, sourceEventId: 'e1' }], 'ou_a', new Date());
    const good = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    await writeFile(join(dir, 'audit.jsonl'), `${good}{"put":[{"id":"x","type":"party"}]}\n${good}`);
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringMatching(/audit\.jsonl at byte \d+ .*put\.0\.type/) });
    await writeFile(join(dir, 'audit.jsonl'), `not json\n${good}`);
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('audit.jsonl at byte 0') });
  });

  it('refuses a snapshot that covers more of audit.jsonl than there is (files from different backups)', async () => {
    const store = await openStore(file);
    await recordActivities(store, [talk], 'ou_a', new Date());
    await store.compact();
    await truncate(join(dir, 'audit.jsonl'), 10);
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('different times') });
    await rm(join(dir, 'audit.jsonl'));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('audit.jsonl is missing') });
  });

  it('compacts every compactEvery lines: a new snapshot, the same records after a reopen', async () => {
    const store = await openStore(file, { compactEvery: 10 });
    for (let i = 0; i < 25; i++) await recordActivities(store, [{ ...talk, sourceEventId: `e${i}` }], 'ou_a', new Date());
    await store.flush();
    expect(store.stats()).toMatchObject({ compactions: 2, tailLines: 5, activities: 25 });
    const [header, ...records] = await lines('activities.jsonl');
    expect(records).toHaveLength(20);
    expect(JSON.parse(header!)).toMatchObject({ version: DB_VERSION, count: 20 });
    expect(JSON.parse(header!).auditBytes).toBeLessThan((await stat(join(dir, 'audit.jsonl'))).size);
    const again = await openStore(file, { compactEvery: 10 });
    expect(again.read((db) => db.activities.map((a) => a.sourceEventId))).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
    expect(again.read((db) => db.audit)).toHaveLength(25);
  });

  it('rebuilds from audit.jsonl alone when activities.jsonl is lost', async () => {
    await writeV2([stored(1), stored(2)]);
    const store = await openStore(file);
    const [a] = await recordActivities(store, [talk], 'ou_a', new Date());
    await changeActivity(store, 'v1', 'ou_a', new Date(), (x) => void (x.title = '改'));
    await rm(join(dir, 'activities.jsonl'));
    const again = await openStore(file);
    expect(again.read((db) => db.activities.map((x) => [x.id, x.title]))).toEqual([['v1', '改'], ['v2', undefined], [a!.id, undefined]]);
  });

  it('a failed append (disk full) is undone in memory and rejected with DATA_WRITE_FAILED naming the file and errno', async () => {
    await symlink('/dev/full', join(dir, 'audit.jsonl'));
    const store = await openStore(file);
    await expect(recordActivities(store, [{ ...talk, sourceEventId: 'e1' }], 'ou_a', new Date())).rejects.toMatchObject({
      code: 'DATA_WRITE_FAILED',
      message: expect.stringMatching(/audit\.jsonl.*ENOSPC/),
    });
    expect(store.read((db) => [db.activities.length, db.audit.length])).toEqual([0, 0]);
    expect(store.ledger.bySource('e1')).toEqual([]);
  });

  it('a failed change is undone too: the record is back as it was', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [talk], 'ou_a', new Date());
    await store.close();
    const bytes = await readFile(join(dir, 'audit.jsonl'));
    await rm(join(dir, 'audit.jsonl'));
    await symlink('/dev/full', join(dir, 'audit.jsonl'));
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(0, [JSON.parse(bytes.toString()).put[0]]));
    const again = await openStore(file);
    await expect(undoActivity(again, a!.id, 'ou_a', new Date())).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
    expect(again.read((db) => db.activities)).toEqual([a]);
  });

  it('a failed db.json write returns the documents to what is on disk', async () => {
    const store = await openStore(file);
    await store.update((db) => void db.dialogs.push({ key: 'k1', kind: 'day', createdAt: 'x', expiresAt: 'y', data: {} }));
    await mkdir(join(dir, '.db.json.tmp'));
    await expect(store.update((db) => void db.dialogs.push({ key: 'k2', kind: 'day', createdAt: 'x', expiresAt: 'y', data: {} }))).rejects.toMatchObject({
      code: 'DATA_WRITE_FAILED',
      message: expect.stringContaining('db.json'),
    });
    expect(store.read((db) => db.dialogs.map((d) => d.key))).toEqual(['k1']);
    await rm(join(dir, '.db.json.tmp'), { recursive: true });
    await store.update((db) => void db.dialogs.push({ key: 'k3', kind: 'day', createdAt: 'x', expiresAt: 'y', data: {} }));
    expect((await openStore(file)).read((db) => db.dialogs.map((d) => d.key))).toEqual(['k1', 'k3']);
  });
});

describe('openStore: migration from db.json version 2', () => {
  it('moves activities and audit out, keeps the small documents, and keeps the old file as db.v2.json', async () => {
    const activities = Array.from({ length: 2500 }, (_, i) => stored(i));
    await writeV2(activities, { futureCollection: [{ key: 'k' }] });
    const logs: string[] = [];
    const store = await openStore(file, { log: (l) => logs.push(l) });
    expect(store.read((db) => db.activities)).toEqual(activities);
    expect(store.read((db) => db.audit)).toHaveLength(2500);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    expect(doc).toMatchObject({ version: 3, settings: { remindersPaused: true }, futureCollection: [{ key: 'k' }] });
    expect(doc.outbox).toHaveLength(1);
    expect('activities' in doc || 'audit' in doc).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'db.v2.json'), 'utf8')).activities).toHaveLength(2500);
    expect(logs.join('\n')).toContain('2500 条活动');
    const again = await openStore(file);
    expect(again.read((db) => db.activities)).toEqual(activities);
    expect(again.read((db) => db.settings.remindersPaused)).toBe(true);
  });

  it('migrates again from scratch when a crash left a version 2 db.json beside half-done files', async () => {
    await writeV2([stored(1), stored(2)]);
    await writeFile(join(dir, 'audit.jsonl'), '{"put":[');
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(99999, []));
    const store = await openStore(file);
    expect(store.read((db) => db.activities.map((a) => a.id))).toEqual(['v1', 'v2']);
  });

  it('migrates version 0 and 1 documents the same way (a v1 events journal is dropped)', async () => {
    await writeFile(file, JSON.stringify({ activities: [stored(1)] }));
    expect((await openStore(file)).read((db) => [db.version, db.activities.length])).toEqual([DB_VERSION, 1]);
    await rm(join(dir, 'activities.jsonl'));
    await rm(join(dir, 'audit.jsonl'));
    await writeFile(file, JSON.stringify({ version: 1, activities: [stored(1)], audit: [], events: [{ id: 'e1', payload: { secret: 1 } }] }));
    const store = await openStore(file);
    expect(store.read((db) => [db.version, db.activities.length, 'events' in db])).toEqual([DB_VERSION, 1, false]);
  });

  it('refuses newer, invalid and broken files, each with a code and the file', async () => {
    await writeFile(file, JSON.stringify({ version: DB_VERSION + 1, dialogs: [] }));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_TOO_NEW' });
    await writeFile(file, JSON.stringify({ version: 2, activities: [{ id: 'x', type: 'party' }], audit: [] }));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('activities.0') });
    await writeFile(file, JSON.stringify({ version: 3, activities: [], dialogs: [] }));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('"version": 2') });
    await writeFile(file, '[]');
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID' });
    await writeFile(file, '{"version":');
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_UNREADABLE' });
    await rm(file);
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(0, [], DB_VERSION + 1));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_TOO_NEW', message: expect.stringContaining('activities.jsonl') });
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(0, [stored(0), { ...stored(1), late: 'no' }]));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('activities.1.late') });
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(0, [stored(0), stored(1)]).replace('"count":2', '"count":3'));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('the file holds 2') });
    await writeFile(join(dir, 'activities.jsonl'), snapshotText(0, [stored(0), stored(1)]).slice(0, -5));
    await expect(openStore(file)).rejects.toMatchObject({ code: 'DATA_INVALID', message: expect.stringContaining('line 3') });
  });

  it('keeps fields it does not know, so an older build never drops newer data', async () => {
    await writeFile(file, JSON.stringify({ version: DB_VERSION, dialogs: [], futureCollection: [{ key: 'k' }] }));
    const store = await openStore(file);
    await store.update((db) => void (db.settings.remindersPaused = true));
    await recordActivities(store, [{ ...talk, futureField: 1 } as typeof talk], 'ou_a', new Date());
    expect(JSON.parse(await readFile(file, 'utf8')).futureCollection).toEqual([{ key: 'k' }]);
    expect((await openStore(file)).read((db) => (db.activities[0] as unknown as { futureField: number }).futureField)).toBe(1);
  });
});

describe('openStore: a change that throws', () => {
  it('takes back the records it pushed or replaced, and writes nothing', async () => {
    const store = await openStore(file);
    const [a] = await recordActivities(store, [talk], 'ou_a', new Date());
    await expect(
      store.update((db, ledger) => {
        db.activities.push({ ...a!, id: 'pushed' });
        ledger.replace({ ...a!, title: '改了' });
        throw new Error('refused half-way');
      }),
    ).rejects.toThrow('refused half-way');
    expect(store.read((db) => db.activities)).toEqual([a]);
    expect(store.ledger.byId('pushed')).toBeUndefined();
    expect(await lines('audit.jsonl')).toHaveLength(1);
  });
});

describe('openStore: health', () => {
  it('reports a failed ledger write with file and errno, and logs it once', async () => {
    await symlink('/dev/full', join(dir, 'audit.jsonl'));
    const logs: string[] = [];
    const store = await openStore(file, { log: (l) => logs.push(l), now: () => new Date('2026-11-22T02:00:00Z') });
    expect(store.health()).toEqual({ ok: true });
    await expect(recordActivities(store, [talk], 'ou_a', new Date())).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
    await expect(recordActivities(store, [talk], 'ou_a', new Date())).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
    expect(store.health()).toMatchObject({ ok: false, errno: 'ENOSPC', file: join(dir, 'audit.jsonl'), since: '2026-11-22T02:00:00.000Z' });
    expect(logs.filter((l) => l.includes('ENOSPC'))).toHaveLength(1);
  });
});
