// Round 62, gba (t64a): a counted lead of a kind, with or without its verb, over items that each open with their own day and
// deed only counts them — no record of its own, the items' own kinds, subjects and the lead's unit kept.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { directoryNames } from '../../../src/domain/report/directoryNames.js';
import { leadOverDatedItemsOf, withLeadOverDatedItems } from '../../../src/domain/report/leadOverDatedItems.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const names = directoryNames(directory);
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const nameOf = (id: string | undefined) => (id === undefined ? undefined : directory.person(id)?.name);

describe('withLeadOverDatedItems', () => {
  it('writes the items alone, the lead dropped', () => {
    expect(withLeadOverDatedItems('本月警示教育2次，其中11月2日组织观看警示教育片《警钟》，参加8人；11.4赵敏书记为宣文部讲授廉政党课', names)).toBe(
      '11月2日组织观看警示教育片《警钟》，参加8人。11.4赵敏书记为宣文部讲授廉政党课。',
    );
  });

  it('carries an item\'s subject to the next that opens with 对/与 and names none, until a new one is named', () => {
    expect(
      withLeadOverDatedItems('本月以来，机关纪委共开展提醒谈话3次，其中12月1日黄志刚书记对王强进行提醒谈话，12月2日对李娟进行函询，12月4日林晓对杨帆进行提醒谈话', names),
    ).toBe('12月1日黄志刚书记对王强进行提醒谈话。12月2日黄志刚书记对李娟进行函询。12月4日林晓对杨帆进行提醒谈话。');
    expect(withLeadOverDatedItems('本月共开展廉政谈话2次，其中11月3日黄书记与孙丽进行廉政谈话，11月4日与王强进行廉政谈话', names)).toBe(
      '11月3日黄书记与孙丽进行廉政谈话。11月4日黄书记与王强进行廉政谈话。',
    );
  });

  it.each([
    ['本月警示教育2次'],
    ['本月开展廉政教育2次：11月5日学习《条例》，11月19日学习《准则》'],
    ['本月我科共开展廉政教育2次，其中12月1日学习《条例》，12.3观看警示教育片'],
    ['作风纪律检查2次：11月4日检查办公室，11月18日检查财务科'],
    ['本月谈心谈话3人次：11月2日与王磊，11月9日与何平，11月16日与杨帆'],
    ['上周廉政谈话2次，其中周一和王磊谈话，周三和杨帆谈话'],
    ['本月赵书记共谈心谈话3次：11月2日与王磊谈心，11月9日与何平谈心'],
    ['11月3日开展警示教育2次：观看警示片《蜕变》'],
  ])('leaves %s to the readers that answer it', (text) => {
    expect(withLeadOverDatedItems(text, names)).toBe(text);
  });
});

describe('leadOverDatedItemsOf', () => {
  it('says the count, its items and the lead\'s kind', () => {
    expect(leadOverDatedItemsOf('本月警示教育2次，其中11月2日组织观看警示教育片《警钟》；11.4赵敏书记为宣文部讲授廉政党课', names)).toEqual({
      said: '本月警示教育2次',
      count: 2,
      people: false,
      items: 2,
      kinds: ['edu_warning'],
    });
    expect(leadOverDatedItemsOf('今天和王磊谈了话', names)).toBeUndefined();
  });
});

describe('parseReport over such a lead', () => {
  it('t64a: a 警示教育 and a 党课, no third record, the kinds told apart on the card', () => {
    const r = read('王芳', '本月警示教育2次，其中11月2日组织观看警示教育片《警钟》，参加8人；11.4赵敏书记为宣文部讲授廉政党课');
    expect(r.map((x) => [x.draft.type, x.draft.date, nameOf(x.draft.actorId)])).toEqual([
      ['edu_warning', '2026-11-02', '李明'],
      ['edu_lecture', '2026-11-04', '赵敏'],
    ]);
    expect(r[0]!.remarks.join()).toContain('有1项是廉政党课，不是警示教育');
    expect(r[0]!.reasons).toContain('leftover');
  });

  it('t64a: each talk its own doer, the 函询 asked as the house asks it, no talk padded for the count', () => {
    const r = read('王芳', '本月以来，机关纪委共开展提醒谈话3次，其中11月2日黄志刚书记对王强进行提醒谈话，11月5日对李娟进行函询，11月9日林晓对杨帆进行提醒谈话');
    expect(r.map((x) => [x.draft.type, x.draft.date, nameOf(x.draft.actorId), x.draft.counterpartIds.map(nameOf)])).toEqual([
      ['talk_integrity', '2026-11-02', '黄志刚', ['王强']],
      [undefined, '2026-11-05', '黄志刚', ['李娟']],
      ['talk_integrity', '2026-11-09', '林晓', ['杨帆']],
    ]);
    expect(r[1]!.problems.map((p) => p.code)).toEqual(['missing_type']);
  });

  it('a count the items do not reach is said on the card, nothing padded', () => {
    const r = read('王芳', '本月警示教育3次，其中11月2日组织观看警示教育片《警钟》；11.4赵敏书记为宣文部讲授廉政党课');
    expect(r).toHaveLength(2);
    expect(r[0]!.remarks.join()).toContain('「本月警示教育3次」与列出的2项不一致');
  });
});
