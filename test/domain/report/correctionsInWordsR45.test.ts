// Round 45 fixer A (t47b F1, F6, F11): lead-ins before a correction, several changes in one message, and 第N条不要 with
// a reason. Today is Saturday 2026-12-05 (the testers' day).
import { describe, expect, it } from 'vitest';
import { cardItemChoice } from '../../../src/domain/report/cardItemChoice.js';
import { withoutLeadIn } from '../../../src/domain/report/correctionLeadIn.js';
import { correctionsInWords } from '../../../src/domain/report/correctionsInWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const TODAY = '2026-12-05';
const kinds = (text: string) => correctionsInWords(text, TODAY)?.parts.map((p) => p.kind);

describe('correctionsInWords', () => {
  it.each([
    ['不对，谈话对象是财务科的李娟，不是王强。另外是周三', ['word', 'day']],
    ['不对，对象是李娟，不是王强。另外是周三', ['word', 'day']],
    ['对象错了，是李娟；日期也错了，是12月2日', ['person', 'day']],
    ['不对，是和李娟谈的，不是王强，还有是周三', ['word', 'day']],
    ['更正一下，学的是《廉洁自律准则》，参加的是8人', ['title', 'count']],
    ['日期不对，是本周三不是周二', ['day']],
    ['时间写错了，是周三不是周二', ['day']],
    ['刚才那条类型写错了，是廉政谈话', ['type']],
  ])('「%s」 → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('the person restated with its verb is the person (是和李娟谈的 → 李娟)', () => {
    expect(correctionsInWords('不对，是和李娟谈的，不是王强，还有是周三', TODAY)?.parts[0]).toMatchObject({ from: '王强', to: '李娟' });
  });

  it('刚才那条 makes it no terse correction', () => {
    expect(correctionsInWords('刚才那条日期不对，是周三不是周二', TODAY)?.terse).toBe(false);
    expect(correctionsInWords('日期不对，是周三不是周二', TODAY)?.terse).toBe(true);
  });

  it.each([
    '11月30日和王强谈了话，这次不是廉政谈话，是谈心谈话',
    '不对，今天和李娟谈了话',
    '上周五和李明主任进行了廉政谈话，这不是第一次谈话了',
    '是周三不是周二',
    '对象是李娟，不是王强',
  ])('「%s」 is none of its (a report, or one change with no lead-in)', (text) => {
    expect(correctionsInWords(text, TODAY)).toBeUndefined();
  });
});

describe('withoutLeadIn', () => {
  it.each([
    ['更正一下，第2条人数是8人', '第2条人数是8人'],
    ['日期写错了，第2条是12月3日', '第2条是12月3日'],
    ['纠正一下:第2条类型是廉政教育', '第2条类型是廉政教育'],
    ['不对，时间也错了，是周三', '是周三'],
  ])('「%s」 → 「%s」', (text, rest) => {
    expect(withoutLeadIn(normalizeText(text))).toBe(normalizeText(rest));
  });
  it.each(['第2条不对', '日期不对', '上周五和李娟谈心谈话，不对的地方已指出'])('「%s」 has none', (text) => {
    expect(withoutLeadIn(normalizeText(text))).toBeUndefined();
  });
});

describe('cardItemChoice: 第N条不要 with a reason (t47b F11)', () => {
  it.each([
    ['第2条不要，风险点排查是会上做的', 1],
    ['第2条多了', 1],
    ['第2条去掉，是重复的', 1],
    ['第3条多余，会上已经说过了', 2],
  ])('「%s」 leaves out record %i', (text, index) => {
    expect(cardItemChoice(text)).toEqual({ kind: 'drop', index });
  });
  it.each(['第2条不要，其余确认', '第2条不要，第3条改成12月3日', '第2条不要改', '第3条多了一个人'])('「%s」 is not this reply', (text) => {
    expect(cardItemChoice(text)).toBeUndefined();
  });
});
