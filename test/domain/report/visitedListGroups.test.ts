// Round 61 (gac; t63a F3): 两个部门全体人员 · 两位部长 after 到A、B调研 in an earlier clause asked 和谁; now everyone (or the
// heads) of the departments visited as a list, one record each, on a card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withVisitedListGroups } from '../../../src/domain/report/visitedListGroups.js';

const directory = loadConfig('config').directory;
const ctx = { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'wangfang', mentions: [] };
const waiting = (type: 'talk_integrity' | 'pledge_sign'): ParsedReport => ({ draft: { type, date: '2026-11-24', actorId: 'chenzhiqiang', counterpartIds: [], late: false }, problems: [{ code: 'missing_counterpart' }], remarks: [], reasons: ['third_person'] });
const people = (rs: ParsedReport[]) => rs.map((r) => `${r.draft.type}:${r.draft.counterpartIds.join()}@${r.draft.departmentId ?? '-'}`);

describe('withVisitedListGroups', () => {
  it('the n-th waiting talk or signing takes the n-th group word: heads, then everyone, department by department', () => {
    const text = '11月24日，陈志强副理事长到教育就业部、维权部调研，与两位部长签订了廉政承诺书，随后与两个部门全体人员进行了集体廉政谈话。';
    const got = withVisitedListGroups([waiting('pledge_sign'), waiting('talk_integrity')], text, ctx);
    expect(people(got)).toEqual([
      'pledge_sign:zhenghua@employment',
      'pledge_sign:fengxue@rights',
      'talk_integrity:zhenghua@employment',
      'talk_integrity:chenjing@employment',
      'talk_integrity:fengxue@rights',
      'talk_integrity:zhaolei@rights',
    ]);
    expect(got.every((r) => r.problems.length === 0 && r.reasons!.includes('group'))).toBe(true);
    expect(got[2]!.remarks).toContain('「两个部门全体人员」按郑华、陈静、冯雪、赵磊共4人记录');
  });

  it.each([
    ['11月24日陈志强副理事长到教育就业部调研，与两个部门全体人员进行了集体廉政谈话', 'one department visited'],
    ['11月24日陈志强副理事长到教育就业部、维权部调研，与三个部门全体人员进行了集体廉政谈话', 'the count is not the list'],
    ['11月24日陈志强副理事长到教育就业部、维权部调研，与部分同志进行了集体廉政谈话', 'no count-and-group word'],
  ])('%s → unchanged (%s)', (text) => {
    const before = [waiting('talk_integrity')];
    expect(withVisitedListGroups(before, text, ctx)).toBe(before);
  });

  it('two words and one waiting record do not pair: unchanged', () => {
    const text = '11月24日，陈志强副理事长到教育就业部、维权部调研，与两位部长签订了廉政承诺书，随后与两个部门全体人员进行了集体廉政谈话。';
    const before = [waiting('talk_integrity')];
    expect(withVisitedListGroups(before, text, ctx)).toBe(before);
  });

  it('through parseReport: 这两个部门的同志 after 深入A、B → the four, on a card', () => {
    const got = parseReport('11月24日陈志强副理事长深入教育就业部、维权部，同这两个部门的同志进行了集体廉政谈话', ctx)!;
    expect(got.map((r) => r.draft.counterpartIds[0]).sort()).toEqual(['chenjing', 'fengxue', 'zhaolei', 'zhenghua']);
    expect(got.every((r) => r.draft.actorId === 'chenzhiqiang')).toBe(true);
  });
});
