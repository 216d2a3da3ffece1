// The README's backup command, run as printed against a young DATA_DIR (no activities.jsonl, no db.json yet: n4's
// `cp` stopped with "cannot stat activities.jsonl"), restores every record into a new folder.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordActivities } from '../../src/store/activityLog.js';
import { openStore } from '../../src/store/openStore.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qingfeng-backup-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function readmeCommand(): Promise<string> {
  const readme = await readFile('README.md', 'utf8');
  const line = readme.split('\n').find((l) => l.startsWith('cd data && for f in '));
  if (line === undefined) throw new Error('README: the backup command line (cd data && for f in …) is gone');
  return line;
}

it('the README backup command copies a young DATA_DIR, and the copy opens with every record', async () => {
  const data = join(root, 'data');
  const backup = join(root, 'backup');
  await execFileP('mkdir', ['-p', backup]);
  const store = await openStore(join(data, 'db.json'));
  const talk = { type: 'talk_integrity' as const, date: '2026-11-20', reporter: 'ou_a', actorId: 'liming', counterpartIds: ['wangjianguo'], late: false };
  const made = await recordActivities(store, [talk, { ...talk, date: '2026-11-21' }], 'ou_a', new Date('2026-11-22T02:00:00Z'));
  const before = await readdir(data);
  expect(before).not.toContain('activities.jsonl');

  const command = (await readmeCommand()).replace('cd data', `cd ${data}`).replace('/backup/', `${backup}/`);
  await execFileP('sh', ['-c', command]);

  expect((await readdir(backup)).sort()).toEqual(before.filter((f) => ['audit.jsonl', 'events.jsonl', 'db.json', 'feishu-ids.json'].includes(f)).sort());
  const restored = await openStore(join(backup, 'db.json'));
  expect(restored.read((db) => db.activities)).toEqual(made);
});

const execFileP = promisify(execFile);
