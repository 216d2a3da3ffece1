// db.json through lowdb: `Low` over DurableJsonFile reads and writes real files with writeFileDurably's guarantees.
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../src/store/durableJsonFile.js';
import { openStore } from '../../src/store/openStore.js';
import { mountTmpfs, tmpfsUnavailable } from '../support/tmpfs.js';

interface Doc {
  version: number;
  settings: Record<string, unknown>;
  outbox: { id: string; text: string }[];
}
const fresh = (): Doc => ({ version: 3, settings: {}, outbox: [] });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-lowdb-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Low over DurableJsonFile', () => {
  it('a missing file gives lowdb its default data, and nothing is written until write()', async () => {
    const db = new Low(new DurableJsonFile<Doc>(join(dir, 'db.json')), fresh());
    await db.read();
    expect(db.data).toEqual(fresh());
    expect(await readdir(dir)).toEqual([]);
  });

  it('write() leaves a 0600 file holding the data as JSON and no temporary file', async () => {
    const file = join(dir, 'db.json');
    const db = new Low(new DurableJsonFile<Doc>(file), fresh());
    await db.read();
    await db.update((d) => void d.outbox.push({ id: 'm1', text: '请于本周五前完成廉政谈话' }));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 3, settings: {}, outbox: [{ id: 'm1', text: '请于本周五前完成廉政谈话' }] });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['db.json']);
  });

  it('an operator-written file with another mode is 0600 after the next write', async () => {
    const file = join(dir, 'db.json');
    await writeFile(file, JSON.stringify({ version: 3, settings: { remindersPaused: true }, outbox: [] }, null, 2));
    await chmod(file, 0o644);
    const db = new Low(new DurableJsonFile<Doc>(file), fresh());
    await db.read();
    expect(db.data.settings).toEqual({ remindersPaused: true });
    db.data.settings.remindersPaused = false;
    await db.write();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('reads back, across instances, exactly what was written (Chinese text, nested objects)', async () => {
    const file = join(dir, 'db.json');
    const first = new Low(new DurableJsonFile<Doc>(file), fresh());
    await first.read();
    first.data.outbox = Array.from({ length: 50 }, (_, i) => ({ id: `m${i}`, text: `第${i}条：节前廉洁提醒「中秋、国庆」` }));
    first.data.settings = { quietHours: { from: '22:00', to: '07:30' } };
    await first.write();
    const second = new Low(new DurableJsonFile<Doc>(file), fresh());
    await second.read();
    expect(second.data).toEqual(first.data);
  });

  it('the same text is not written twice: no rewrite, no new inode', async () => {
    const file = join(dir, 'db.json');
    const adapter = new DurableJsonFile<Doc>(file);
    const db = new Low(adapter, fresh());
    await db.write();
    const inode = (await stat(file)).ino;
    await db.write();
    await db.write();
    expect(adapter.writes).toBe(1);
    expect((await stat(file)).ino).toBe(inode);
    db.data.settings.x = 1;
    await db.write();
    expect(adapter.writes).toBe(2);
    expect((await stat(file)).ino).not.toBe(inode);
  });

  for (const [what, text, code] of [
    ['not JSON', '{"version": 3, "settings": {', 'DATA_UNREADABLE'],
    ['an array', '[]', 'DATA_INVALID'],
    ['null', 'null', 'DATA_INVALID'],
    ['a number', '42', 'DATA_INVALID'],
    ['a string', '"db"', 'DATA_INVALID'],
  ] as const) {
    it(`a db.json that is ${what} is refused with ${code} naming the file, and left untouched`, async () => {
      const file = join(dir, 'db.json');
      await writeFile(file, text);
      const db = new Low(new DurableJsonFile<Doc>(file), fresh());
      await expect(db.read()).rejects.toMatchObject({ code, message: expect.stringContaining(file) });
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  }

  it('restore() gives a fresh copy of what is on disk', async () => {
    const adapter = new DurableJsonFile<Doc>(join(dir, 'db.json'));
    const db = new Low(adapter, fresh());
    await db.write();
    const copy = adapter.restore();
    expect(copy).toEqual(fresh());
    expect(copy).not.toBe(db.data);
    expect(() => new DurableJsonFile<Doc>(join(dir, 'other.json')).restore()).toThrow(/nothing known on disk/);
  });
});

describe.skipIf(tmpfsUnavailable)('a write that cannot complete (real full and read-only file systems)', () => {
  it('a full disk: DATA_WRITE_FAILED naming the file and ENOSPC; the old file intact, no temporary file left, onDisk unchanged', async () => {
    const fs = await mountTmpfs(64 * 1024);
    try {
      const file = join(fs.dir, 'db.json');
      const adapter = new DurableJsonFile<Doc>(file);
      const db = new Low(adapter, fresh());
      await db.update((d) => void d.outbox.push({ id: 'kept', text: '已发送的提醒' }));
      const before = await readFile(file, 'utf8');
      db.data.outbox.push(...Array.from({ length: 2000 }, (_, i) => ({ id: `big${i}`, text: '超出磁盘空间的一条很长的提醒内容'.repeat(4) })));
      await expect(db.write()).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED', message: expect.stringMatching(/db\.json.*ENOSPC/) });
      expect(await readFile(file, 'utf8')).toBe(before);
      expect(await readdir(fs.dir)).toEqual(['db.json']);
      expect(adapter.onDisk).toBe(before);
      expect(adapter.restore().outbox.map((m) => m.id)).toEqual(['kept']);
    } finally {
      await fs.unmount();
    }
  });

  it('a read-only file system: DATA_WRITE_FAILED with EROFS, the file readable as before', async () => {
    const fs = await mountTmpfs(64 * 1024, { readOnly: true });
    try {
      const db = new Low(new DurableJsonFile<Doc>(join(fs.dir, 'db.json')), fresh());
      await db.read();
      await expect(db.write()).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED', message: expect.stringMatching(/EROFS/) });
    } finally {
      await fs.unmount();
    }
  });

  it('the store on a full disk: a failed db.json write is rolled back in memory and a later write succeeds once space is back', async () => {
    const fs = await mountTmpfs(256 * 1024);
    try {
      const store = await openStore(join(fs.dir, 'db.json'));
      await store.update((db) => void (db.settings.remindersPaused = true));
      const filler = join(fs.dir, 'filler');
      await writeFile(filler, Buffer.alloc(200 * 1024)).catch(() => undefined);
      const big = '很长的对话内容'.repeat(20_000);
      await expect(store.update((db) => void (db.settings.note = big))).rejects.toMatchObject({ code: 'DATA_WRITE_FAILED' });
      expect(store.read((db) => [db.settings.remindersPaused, db.settings.note])).toEqual([true, undefined]);
      await rm(filler);
      await store.update((db) => void (db.settings.remindersPaused = false));
      await store.close();
      const again = await openStore(join(fs.dir, 'db.json'));
      expect(again.read((db) => [db.settings.remindersPaused, db.settings.note])).toEqual([false, undefined]);
      await again.close();
    } finally {
      await fs.unmount();
    }
  });
});
