// d24 (issue 10): the readers of corrections and answers typed in the dialog — doubled or padded openings, head-counts,
// and 「X是Y」 answers to 「X是哪一位？」. Today is Wednesday 2026-12-02.
import { describe, expect, it } from 'vitest';
import { addedPerson } from '../../../src/domain/report/addedPerson.js';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { countCorrection } from '../../../src/domain/report/countCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { nameAnswer } from '../../../src/domain/report/nameAnswer.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';
import { correctionInWords } from '../../../src/domain/report/terseCorrection.js';

const TODAY = '2026-12-02';

describe('a doubled or padded opening reads as one 不对', () => {
  it.each([
    ['不对不对，是谈心谈话', { kind: 'type', to: 'talk_heart' }],
    ['不是不是，应该是前天', { kind: 'day', date: '2026-11-30' }],
    ['错了错了，是和王强谈的', { kind: 'person', to: '王强' }],
    ['啊不对，是上周四', { kind: 'day', date: '2026-11-26' }],
    ['我刚才说错了，是李娟不是王强', { kind: 'word', from: '王强', to: '李娟' }],
    ['纠正一下：应该是廉政谈话', { kind: 'type', to: 'talk_integrity' }],
    ['不对不对，不是周三，是周二', { kind: 'day', date: '2026-12-01' }],
    ['不对不对，日期是上周五', { kind: 'day', date: '2026-11-27' }],
    ['哦不对，类型应该是谈心谈话', { kind: 'type', to: 'talk_heart' }],
    ['更正：片名是《警钟长鸣》', { kind: 'title', to: '警钟长鸣' }],
    ['不对，是《围猎》不是《迷途》', { kind: 'title', to: '围猎' }],
  ])('「%s」', (text, want) => {
    expect(correctionInWords(text, TODAY)).toMatchObject(want);
  });

  it.each(['不对不对', '更正：昨天和王强进行了廉政谈话', '哦', '不是不是'])('「%s」 is no correction of one field', (text) => {
    expect(correctionInWords(text, TODAY)).toBeNull();
  });
});

describe('a head-count corrected', () => {
  it.each([
    ['更正：参加人数是十五人', 15, undefined],
    ['人数改为20名', 20, undefined],
    ['实到的是九个人，不是八个', 9, 8],
    ['不是30人，是32人', 32, 30],
    ['上一条参会人数有误，应为11人', 11, undefined],
    ['应该是七个人参加', 7, undefined],
  ])('「%s」 → %s', (text, to, from) => {
    expect(countCorrection(normalizeText(text))).toEqual({ kind: 'count', to, ...(from !== undefined ? { from } : {}) });
  });

  it.each(['参加了', '7人', '昨天学习了《条例》，参加12人', '人数'])('「%s」 is none', (text) => {
    expect(countCorrection(normalizeText(text))).toBeNull();
  });
});

describe('an answer to 「X是哪一位？」', () => {
  it.each([
    ['陈理是副理事长陈志强', '陈理', '副理事长陈志强'],
    ['是办公室主任', '孙理', '办公室主任'],
    ['就是吴静。', '吴主', '吴静'],
    ['陈志强', '陈理', '陈志强'],
    ['是', '陈理', '是'],
    ['李娟', '李', '李娟'],
    ['小刘就是刘洋', '小刘', '刘洋'],
  ])('「%s」 (asked 「%s」) names 「%s」', (answer, asked, person) => {
    expect(nameAnswer(answer, asked)).toBe(person);
  });
});

describe('a person added to the talk just made', () => {
  it.each([
    ['刚才忘了说，李娟也一起谈的', { name: '李娟' }],
    ['补充一下：孙丽当时也在场', { name: '孙丽' }],
    ['周涛也谈了，刚才忘说了', { name: '周涛' }],
    ['漏说了一位，王强昨天也谈了', { name: '王强', date: '2026-12-01' }],
  ])('「%s」', (text, want) => {
    expect(addedPerson(text, TODAY)).toEqual(want);
  });

  it.each(['刚才忘了说', '李娟', '补充一下，我们也学习了'])('「%s」 adds no one', (text) => {
    expect(addedPerson(text, TODAY)).toBeUndefined();
  });
});

describe('a head-count or title typed while a 确认 card waits', () => {
  const ctx: CardCorrectionContext = { today: '2026-11-30', personId: () => undefined, personName: (id) => id };
  const study: PendingItem = { draft: { type: 'edu_warning', date: '2026-11-25', counterpartIds: [], late: false, title: '迷途', attendees: 9 }, problems: [] };
  const talk: PendingItem = { draft: { type: 'talk_integrity', date: '2026-11-25', counterpartIds: ['sunli'], late: false }, problems: [] };

  it('更正：人数是12人 → the study counts 12', () => {
    const r = cardCorrection('更正：人数是12人', [talk, study], ctx);
    expect(r?.kind === 'changed' ? r.items.map((i) => i.draft.attendees) : r).toEqual([undefined, 12]);
  });

  it('片名应该是《围猎》 → the study is titled 围猎', () => {
    const r = cardCorrection('片名应该是《围猎》', [study], ctx);
    expect(r?.kind === 'changed' ? r.items[0]!.draft.title : r).toBe('围猎');
  });

  it('a card of talks only: said so, unchanged', () => {
    expect(cardCorrection('人数改成3人', [talk], ctx)?.kind).toBe('unfit');
  });
});
