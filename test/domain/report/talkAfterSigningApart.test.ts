import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { withTalkAfterSigningApart } from '../../../src/domain/report/talkAfterSigningApart.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const TODAY = '2026-11-30';
const signing = (id: string, date?: string, actorId?: string): ParsedReport => ({
  draft: { type: 'pledge_sign', ...(date ? { date } : {}), counterpartIds: [id], late: false, ...(actorId ? { actorId } : {}) },
  problems: date ? [] : [{ code: 'missing_date' }],
  remarks: [],
});
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const brief = (rs: ParsedReport[]) => rs.map((r) => [r.draft.type ?? '?', r.draft.date ?? '?', r.draft.actorId ?? '', r.draft.counterpartIds.join(','), r.problems.map((p) => p.code).join(',')]);

describe('withTalkAfterSigningApart', () => {
  const two = [signing(id('李明'), '2026-11-26'), signing(id('孙丽'), '2026-11-26')];
  const both = `${id('李明')},${id('孙丽')}`;

  it('…，11月27日又和他们谈了话: one untyped talk with both signers on 11-27, its kind asked', () => {
    const out = withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，11月27日又和他们谈了话', TODAY, directory);
    expect(brief(out).slice(2)).toEqual([['?', '2026-11-27', '', both, 'missing_type']]);
  });
  it('次日 · 第二天 · 两天后 count from the signings\' day; 廉政谈话 gives one typed talk each', () => {
    expect(brief(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，次日又分别进行了廉政谈话', TODAY, directory)).slice(2)).toEqual([
      ['talk_integrity', '2026-11-27', '', id('李明'), ''],
      ['talk_integrity', '2026-11-27', '', id('孙丽'), ''],
    ]);
    expect(brief(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，两天后又和两人谈了谈心', TODAY, directory)).slice(2).map((r) => [r[0], r[1]])).toEqual([
      ['talk_heart', '2026-11-28'],
      ['talk_heart', '2026-11-28'],
    ]);
  });
  it('a third person\'s signings give their talk the same doer', () => {
    const his = [signing(id('李明'), '2026-11-26', id('王建国')), signing(id('孙丽'), '2026-11-26', id('王建国'))];
    const out = withTalkAfterSigningApart(his, '11月26日王副理事长和李明、孙丽签了责任书，11月27日又分别谈了话', TODAY, directory);
    expect(brief(out).slice(2)).toEqual([['?', '2026-11-27', id('王建国'), both, 'missing_type']]);
    expect(out[2]!.remarks).toEqual(['谈话人为王建国（代为上报）']);
  });
  it('签完责任书后又和李明、孙丽分别谈了话: the signers named again, no day: the talk asks its day with the signings', () => {
    const undated = [signing(id('李明')), signing(id('孙丽'))];
    const out = withTalkAfterSigningApart(undated, '签完责任书后又和李明、孙丽分别谈了话', TODAY, directory);
    expect(brief(out).slice(2)).toEqual([['?', '?', '', both, 'missing_type,missing_date']]);
  });
  it('near-misses: a plan, someone not signed with, no talk after: unchanged', () => {
    expect(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，12月3日再和他们谈话', TODAY, directory)).toBe(two);
    expect(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，11月27日又和王芳谈了话', TODAY, directory)).toBe(two);
    expect(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书', TODAY, directory)).toBe(two);
    expect(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签了责任书，签完责任书后再开展廉政谈话', TODAY, directory)).toBe(two);
    // Round 47's near-miss: a later day's talk naming no one, with no 分别/逐一, keeps its 和谁 asked.
    expect(withTalkAfterSigningApart(two, '11月26日和李明、孙丽签订了责任书，次日进行了廉政谈话', TODAY, directory)).toBe(two);
  });
});
