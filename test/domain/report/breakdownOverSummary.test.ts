// withBreakdownOverSummary (round 33a, A08/P4): a summary list's 其中 breakdown by day is the deeds; those it leaves out are
// written apart, on a line of their own under 近期, so their day is asked. Texts as normalizeText leaves them.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { namedOnlyInBreakdown, withBreakdownOverSummary } from '../../../src/domain/report/breakdownOverSummary.js';
import type { PassEnv } from '../../../src/domain/report/textPass.js';

const directory = loadConfig('config').directory;
const env = (sender: string): PassEnv => {
  const p = directory.org.people.find((x) => x.name === sender)!;
  return { directory, names: directory.org.people.map((x) => x.name), senderId: p.id, senderName: p.name, today: '2026-11-30' };
};

describe('withBreakdownOverSummary', () => {
  it('writes the breakdown’s items, each with the summary’s doer and deed, the span word and 先后 gone', () => {
    expect(withBreakdownOverSummary('本月王建国副理事长先后与李明、孙丽、王强进行了谈心谈话,其中11月10日与李明、孙丽,11月12日与王强谈心谈话。', env('胡军')))
      .toBe('王建国副理事长11月10日与李明、孙丽进行了谈心谈话,11月12日与王强进行了谈心谈话。');
    expect(withBreakdownOverSummary('本月先后对组联部、康复部、财务科开展了作风检查,其中11月10日对组联部、康复部,11月12日对财务科。', env('林晓')))
      .toBe('11月10日对组联部、康复部开展了作风检查,11月12日对财务科开展了作风检查。');
  });

  it('puts those the breakdown leaves out on a line of their own under 近期 (a count after the names is no one more)', () => {
    expect(withBreakdownOverSummary('11月中旬以来,张伟书记先后与王建国、刘芳、陈志强、赵敏四位班子成员逐一开展廉政谈话,其中11月16日与王建国、刘芳,11月18日与陈志强。', env('王芳')))
      .toBe('张伟书记11月16日与王建国、刘芳开展廉政谈话,11月18日与陈志强开展廉政谈话。\n近期,张伟书记与赵敏开展廉政谈话。');
  });

  it('drops a 其中 clause that only tells what one of the talks was about', () => {
    expect(withBreakdownOverSummary('11月20日,张伟书记先后与王建国、刘芳进行了廉政谈话,其中与王建国重点谈了分管领域的廉政风险。', env('王芳')))
      .toBe('11月20日,张伟书记先后与王建国、刘芳进行了廉政谈话。');
  });

  it.each([
    // No 其中: 分别 with the days after a comma is read by the passes after.
    ['本月王建国副理事长与李明、孙丽分别进行了谈心谈话,11月10日与李明,11月12日与孙丽。', '胡军'],
    // The summary on a day of its own.
    ['11月20日先后与李明、孙丽进行了谈心谈话,其中11月20日与李明,11月21日与孙丽。', '王建国'],
    // A breakdown item without its own day, or of another kind (是廉政谈话).
    ['本月先后与李明、孙丽进行了谈心谈话,其中与李明在办公室,11月12日与孙丽。', '王建国'],
    ['本月先后与王建国、刘芳进行了谈话,其中与王建国是廉政谈话,与刘芳是谈心谈话。', '张伟'],
    // Not a talk, signing or check.
    ['本月先后组织了两次学习,其中11月10日学习《准则》,11月20日学习《条例》。', '王磊'],
  ])('leaves 「%s」 as it is', (text, sender) => {
    expect(withBreakdownOverSummary(text, env(sender))).toBe(text);
  });
});

describe('namedOnlyInBreakdown', () => {
  it('names those of the breakdown its summary did not name, and nobody when the summary names no one (3名同志)', () => {
    expect(namedOnlyInBreakdown('本月我先后与李明、孙丽开展了谈心谈话,其中11月5日与李明、孙丽、王强。', env('王建国'))).toEqual(['王强']);
    expect(namedOnlyInBreakdown('本月我先后与李明、孙丽开展了谈心谈话,其中11月5日与李明,11月6日与孙丽。', env('王建国'))).toEqual([]);
    expect(namedOnlyInBreakdown('本月共与3名同志开展谈心谈话,其中11月10日与王强,11月12日与李娟。', env('孙丽'))).toEqual([]);
  });
});

