// A duty the department owes is met by any of its heads within the period: a head changed today does not undo 李明's 自查 (n4).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../src/config/loadConfig.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import type { Activity } from '../../../src/domain/activity.js';
import { periodOf, type Period } from '../../../src/domain/period.js';
import { createPartMemo } from '../../../src/domain/completion/partMemo.js';
import { indexActivities } from '../../../src/domain/completion/activityIndex.js';
import { act, at } from '../../support/completionFixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-deptowed-'));
  await cp('config', dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** 办公室: 李明 heads it until 1 December, 王芳 from 2 December (today). */
async function changed(): Promise<AppConfig> {
  const path = join(dir, 'organization.yaml');
  const text = await readFile(path, 'utf8');
  const edited = text.replace('head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-12-01 }, { id: wangfang, from: 2026-12-02 }], supervisor: wangjianguo');
  expect(edited).not.toBe(text);
  await writeFile(path, edited);
  return loadConfig(dir);
}

const NOW = at('2026-12-02 10:00');
const YEAR = periodOf('year', '2026-06-01');
const DECEMBER = periodOf('month', '2026-12-15');

/** 王芳's line of one duty, as `name required | done status`. */
function line(config: AppConfig, records: readonly Activity[], dutyId: string, view: Period, memo = false) {
  const index = indexActivities(records);
  if (memo) index.memo = createPartMemo();
  const r = computeCompletion({ directory: config.directory, duties: config.duties, activities: index, view, now: NOW });
  return r.lines.filter((l) => l.dutyId === dutyId && l.responsibleId === 'wangfang').map((l) => `${l.responsibleName} ${l.required} | ${l.done} ${l.status}`);
}

describe('a duty the department owes, after a change of head', () => {
  const RECORDS = [
    act({ id: 'self', type: 'report_self', date: '2026-03-10', actorId: 'liming' }),
    act({ id: 'info', type: 'report_info', date: '2026-12-01', actorId: 'liming' }),
    // 王芳 before she headed 办公室 (as a member): still her own record, as it always counted.
    act({ id: 'research', type: 'report_research', date: '2026-05-10', actorId: 'wangfang' }),
  ];

  it('the predecessor\'s yearly 自查 and this month\'s 信息报送 stay done under the new head', async () => {
    const config = await changed();
    expect(line(config, RECORDS, 'self-review', YEAR)).toEqual(['王芳 1 | 1 done']);
    expect(line(config, RECORDS, 'info-report', DECEMBER)).toEqual(['王芳 1 | 1 done']);
  });

  it('counts the same with the remembered parts (partMemo) the bot uses', async () => {
    const config = await changed();
    expect(line(config, RECORDS, 'self-review', YEAR, true)).toEqual(['王芳 1 | 1 done']);
    const without = RECORDS.filter((a) => a.id !== 'self');
    expect(line(config, without, 'self-review', YEAR, true)).toEqual(['王芳 1 | 0 in_progress']);
  });

  it('a record of the predecessor made while heading another department does not count for this one', async () => {
    const config = await changed();
    const elsewhere = [act({ id: 'late', type: 'report_self', date: '2026-12-05', actorId: 'liming' })];
    expect(line(config, elsewhere, 'self-review', YEAR)).toEqual(['王芳 1 | 0 in_progress']);
  });
});
