// Round 66, gfh (t69a F5b): 周涛's one-line 党课 card said 「内容较长，像工作动态」 because 筑牢 stood in its title. The reason given is
// now true of the message: 内容较长 only past LONG_MESSAGE; a short message with a news item's words is said to use them; a
// title's words alone (still a card, as older cards were) are said to be the title's.
import { describe, expect, it } from 'vitest';
import { CONFIRM_REASON_TEXT, confirmReasons, LONG_MESSAGE } from '../../../src/domain/report/confirmReasons.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const lecture: ParsedReport = { draft: { type: 'edu_lecture', date: '2026-12-01', counterpartIds: [], late: false }, problems: [], remarks: [] };
const reasons = (text: string) => confirmReasons([lecture], text);

describe('confirmReasons: long, news words, title words', () => {
  it.each([
    ['12月1号给组联部讲了廉政党课《守住底线 筑牢防线》', ['title_words']],
    ['12月1号给组联部讲了廉政党课《以案为鉴》', ['title_words']],
    ['12月1号给组联部讲了廉政党课，要求大家守住底线', ['news_words']],
    ['12月1号给组联部讲了廉政党课《守住底线》，强调要筑牢防线', ['news_words']],
    ['会上学习了《廉洁自律准则》', ['news_words']],
    ['12月1号给组联部讲了廉政党课《守住底线》', []],
    ['12月1号给组联部讲了廉政党课', []],
  ])('「%s」 → %j', (text, want) => {
    expect(reasons(text)).toEqual(want);
  });

  it('a message past LONG_MESSAGE is long whatever its words, never also news_words', () => {
    const text = `12月1号给组联部全体党员讲了廉政党课，${'大家认真听讲并作了交流发言'.repeat(4)}，要求守住底线`;
    expect(text.replace(/\s/g, '').length).toBeGreaterThan(LONG_MESSAGE);
    expect(reasons(text)).toEqual(['long']);
  });

  it('several short lines keep a title’s words as the message’s (a pasted 台账)', () => {
    expect(reasons('日期\t内容\n12月1日\t《以案为鉴》')).toEqual(['news_words']);
  });

  it('no reason text says 内容较长 but long’s', () => {
    for (const [code, text] of Object.entries(CONFIRM_REASON_TEXT)) if (code !== 'long') expect(text).not.toMatch(/内容较长/);
  });
});
