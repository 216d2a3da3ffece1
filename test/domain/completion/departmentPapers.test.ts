// t45a F3: a paper a member of a department sends (林晓 of 办公室 报送廉政信息) meets the duty the department owes, which its head answers for.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import type { Activity } from '../../../src/domain/activity.js';
import { periodOf, type Period } from '../../../src/domain/period.js';
import { createPartMemo } from '../../../src/domain/completion/partMemo.js';
import { indexActivities } from '../../../src/domain/completion/activityIndex.js';
import { act, at } from '../../support/completionFixtures.js';

const config = loadConfig('config');
const NOW = at('2026-11-30 10:00');
const NOVEMBER = periodOf('month', '2026-11-15');
const YEAR = periodOf('year', '2026-06-01');

/** One head's line of one duty, as `name | done status`. */
function line(records: readonly Activity[], dutyId: string, headId: string, view: Period, memo?: ReturnType<typeof createPartMemo>) {
  const index = indexActivities(records);
  if (memo) index.memo = memo;
  const r = computeCompletion({ directory: config.directory, duties: config.duties, activities: index, view, now: NOW });
  return r.lines.filter((l) => l.dutyId === dutyId && l.responsibleId === headId).map((l) => `${l.responsibleName} | ${l.done} ${l.status}`);
}

describe('papers a department owes count from any of its members (t45a F3)', () => {
  it('林晓 (办公室) sending the month\'s 信息 meets 办公室\'s 信息报送, answered by 李明', () => {
    const records = [act({ id: 'i1', type: 'report_info', date: '2026-11-30', actorId: 'linxiao', departmentId: 'office' })];
    expect(line(records, 'info-report', 'liming', NOVEMBER)).toEqual(['李明 | 1 done']);
    // Not another department's.
    expect(line(records, 'info-report', 'sunli', NOVEMBER)).toEqual(['孙丽 | 0 in_progress']);
  });

  it('two papers are two, the head\'s own paper and a member\'s of the same department each once', () => {
    const records = [
      act({ id: 'i1', type: 'report_info', date: '2026-11-30', actorId: 'linxiao', departmentId: 'office' }),
      act({ id: 'i2', type: 'report_info', date: '2026-11-30', actorId: 'linxiao', departmentId: 'office' }),
      act({ id: 'i3', type: 'report_info', date: '2026-11-12', actorId: 'liming', departmentId: 'office' }),
    ];
    expect(line(records, 'info-report', 'liming', NOVEMBER)).toEqual(['李明 | 3 done']);
  });

  it('every paper the department owes, and no record without the department', () => {
    const records = [
      act({ id: 's', type: 'report_self', date: '2026-06-10', actorId: 'liuyang', departmentId: 'rehab' }),
      act({ id: 'r', type: 'report_research', date: '2026-07-10', actorId: 'chenjing', departmentId: 'employment' }),
      act({ id: 'n', type: 'report_research', date: '2026-07-10', actorId: 'liuyang' }),
    ];
    expect(line(records, 'self-review', 'wujing', YEAR)).toEqual(['吴静 | 1 done']);
    expect(line(records, 'research-report', 'zhenghua', YEAR)).toEqual(['郑华 | 1 done']);
    expect(line(records, 'research-report', 'wujing', YEAR)).toEqual(['吴静 | 0 in_progress']);
  });

  it('述责述廉 stays each one\'s own: a member\'s does not meet the head\'s', () => {
    const records = [act({ id: 'd', type: 'report_duty', date: '2026-11-30', actorId: 'liuyang', departmentId: 'rehab' })];
    expect(line(records, 'duty-report', 'wujing', YEAR)).toEqual(['吴静 | 0 in_progress']);
  });

  it('the remembered parts (partMemo) forget a head\'s part when a member\'s paper of the department comes in', () => {
    const memo = createPartMemo();
    expect(line([], 'info-report', 'liming', NOVEMBER, memo)).toEqual(['李明 | 0 in_progress']);
    const paper = act({ id: 'i1', type: 'report_info', date: '2026-11-30', actorId: 'linxiao', departmentId: 'office' });
    memo.forget([paper]);
    expect(line([paper], 'info-report', 'liming', NOVEMBER, memo)).toEqual(['李明 | 1 done']);
  });
});
